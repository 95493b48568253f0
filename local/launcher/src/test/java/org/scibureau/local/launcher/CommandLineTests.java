package org.scibureau.local.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CommandLineTests {

	private static final Path WORKING_DIRECTORY = Path.of("/work/repo");

	@Test
	void upWithoutOptionsStartsInTheForegroundWithoutDemoData() {
		Invocation invocation = parse("up");

		assertThat(invocation.command()).isEqualTo(new Command.Up(false, false, false));
	}

	@Test
	void upTakesDemoDetachAndFreshInAnyOrder() {
		Invocation invocation = parse("up", "--fresh", "--demo", "--detach");

		assertThat(invocation.command()).isEqualTo(new Command.Up(true, true, true));
	}

	@Test
	void upAcceptsTheScriptsBuildFlag() {
		Invocation invocation = parse("up", "--build", "--demo");

		assertThat(invocation.command()).isEqualTo(new Command.Up(true, false, false));
	}

	@Test
	void noCommandMeansHelp() {
		assertThat(parse().command()).isEqualTo(new Command.Help());
		assertThat(parse("--help").command()).isEqualTo(new Command.Help());
	}

	@Test
	void tokenDefaultsToABureauAdminOfChengdu() {
		Invocation invocation = parse("token");

		assertThat(invocation.command()).isEqualTo(new Command.Token("bureau-admin", null, "510100", null));
	}

	@Test
	void tokenTakesEveryClaimWithOrWithoutEqualsSign() {
		Invocation invocation = parse("token", "--role=applicant", "--org", "cb22d4c3-effa-48a6-bf97-e63cd0396c11",
				"--jurisdiction", "510107", "--talent-id=960b0046-d969-4881-ad5a-6e88ed98ffa2");

		assertThat(invocation.command()).isEqualTo(new Command.Token("applicant",
				"cb22d4c3-effa-48a6-bf97-e63cd0396c11", "510107", "960b0046-d969-4881-ad5a-6e88ed98ffa2"));
	}

	@Test
	void tokenTakesSeveralRolesSeparatedByCommas() {
		Invocation invocation = parse("token", "--role", "plan-officer,finance-officer");

		assertThat(((Command.Token) invocation.command()).role()).isEqualTo("plan-officer,finance-officer");
	}

	@Test
	void rejectsAJurisdictionThatIsNotASixDigitCode() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("token", "--jurisdiction", "5101"))
			.withMessageContaining("6-digit division code");
	}

	@Test
	void rejectsAnOrganisationThatIsNotAUuid() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("token", "--org", "scu"))
			.withMessageContaining("--org takes an id in UUID form");
	}

	@Test
	void rejectsAnOptionWithoutItsValue() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("token", "--role"))
			.withMessage("--role needs a value");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("token", "--role", "--org", "x"))
			.withMessage("--role needs a value");
	}

	@Test
	void rejectsAnOptionTheCommandDoesNotHave() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("status", "--demo"))
			.withMessage("Unknown option '--demo' for 'status'");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("down", "--build"))
			.withMessage("Unknown option '--build' for 'down'");
	}

	@Test
	void rejectsAnUnknownCommand() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("start"))
			.withMessage("Unknown command 'start'");
	}

	@Test
	void rejectsAStrayArgument() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("up", "now"))
			.withMessage("Unexpected argument 'now' for 'up'");
	}

	@Test
	void homeIsDotScibureauInTheRepositoryTheScriptNames() {
		Invocation invocation = CommandLine.parse(List.of("status"),
				Map.of(CommandLine.REPOSITORY_VARIABLE, "/opt/scibureau", CommandLine.SCRIPT_VARIABLE, "bin/scibureau"),
				WORKING_DIRECTORY);

		assertThat(invocation.repository()).isEqualTo(Path.of("/opt/scibureau"));
		assertThat(invocation.home()).isEqualTo(Path.of("/opt/scibureau/.scibureau"));
		assertThat(invocation.script()).isEqualTo("bin/scibureau");
	}

	@Test
	void optionsOverrideTheEnvironmentForRepositoryAndHome() {
		Invocation invocation = CommandLine.parse(
				List.of("up", "--home", "/tmp/e2e", "--repository=/src/scibureau", "--watch-pid", "42"),
				Map.of(CommandLine.REPOSITORY_VARIABLE, "/opt/scibureau", CommandLine.HOME_VARIABLE, "/var/scibureau"),
				WORKING_DIRECTORY);

		assertThat(invocation.repository()).isEqualTo(Path.of("/src/scibureau"));
		assertThat(invocation.home()).isEqualTo(Path.of("/tmp/e2e"));
		assertThat(invocation.watchPid()).isEqualTo(42L);
	}

	@Test
	void withoutScriptSettingsTheWorkingDirectoryIsTheRepository() {
		Invocation invocation = parse("status");

		assertThat(invocation.repository()).isEqualTo(WORKING_DIRECTORY);
		assertThat(invocation.script()).isEqualTo("./scibureau");
		assertThat(invocation.watchPid()).isNull();
	}

	@Test
	void theStartupCacheIsOnUnlessTheEnvironmentTurnsItOff() {
		assertThat(parse("up").startupCache()).isTrue();
		assertThat(CommandLine
			.parse(List.of("up"), Map.of(CommandLine.STARTUP_CACHE_VARIABLE, "off"), WORKING_DIRECTORY)
			.startupCache()).isFalse();
	}

	@Test
	void rejectsAWatchedProcessIdThatIsNoNumber() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("up", "--watch-pid", "me"))
			.withMessageContaining("--watch-pid takes a process id");
	}

	private static Invocation parse(String... arguments) {
		return CommandLine.parse(List.of(arguments), Map.of(), WORKING_DIRECTORY);
	}

}
