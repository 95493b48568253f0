package org.scibureau.local.launcher;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parses the launcher's command line: {@code <command> [options]}, options as {@code --name value} or
 * {@code --name=value}, plus the settings the {@code scibureau} script passes through the environment.
 */
final class CommandLine {

	/** The environment variable naming the repository; the script sets it. */
	static final String REPOSITORY_VARIABLE = "SCIBUREAU_REPOSITORY";

	/** The environment variable naming the platform's home; defaults to {@code .scibureau} in the repository. */
	static final String HOME_VARIABLE = "SCIBUREAU_HOME";

	/** The environment variable with the script's name as the user typed it. */
	static final String SCRIPT_VARIABLE = "SCIBUREAU_SCRIPT";

	/** The environment variable that turns the applications' startup cache off when set to {@code off}. */
	static final String STARTUP_CACHE_VARIABLE = "SCIBUREAU_STARTUP_CACHE";

	static final String USAGE = """
			Usage: %1$s <command> [options]

			Commands:
			  up [--demo] [--detach] [--fresh] [--build]
			        Build what is missing, start the local platform and wait until it is ready.
			        --demo    seed demo data (Chengdu organisations, researchers and experts; plans,
			                  programs, funds and calls; projects in every state, expert reviews and
			                  paid tranches) through the gateway; running it again adds nothing twice
			        --detach  leave the platform running in the background; stop it with '%1$s down'
			        --fresh   delete all data (databases, Kafka topics) before starting
			        --build   rebuild the jars even when they look up to date
			  down
			        Stop the platform (started with --detach, or in another terminal).
			  status
			        Show each component's state; exits 0 only when the platform is ready.
			  token [--role ROLE] [--org ID] [--jurisdiction CODE] [--talent-id ID]
			        Print an access token from the running authorization server, alone on the last line.
			        Defaults: --role bureau-admin --jurisdiction 510100. Several roles: --role a,b
			  bench [SCENARIO...] [--quick]
			        Run the benchmarks (all scenarios by default; bench/README.md lists them) on loopback
			        and write bench/results/<timestamp>/: results.json, summary.md, report.html.
			  help
			        Show this help.
			""";

	private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern ROLES = Pattern.compile("[a-z][a-z-]*(,[a-z][a-z-]*)*");

	private CommandLine() {
	}

	/**
	 * Parses arguments.
	 * @param arguments the command line
	 * @param environment the process environment
	 * @param workingDirectory the directory the launcher runs in
	 * @return the invocation
	 * @throws UsageException if the arguments make no sense
	 */
	static Invocation parse(List<String> arguments, Map<String, String> environment, Path workingDirectory) {
		Deque<String> remaining = new ArrayDeque<>(arguments);
		String name = remaining.isEmpty() ? "help" : remaining.removeFirst();
		Options options = new Options(name, remaining);
		Command command = switch (name) {
			case "up" -> new Command.Up(options.flag("--demo"), options.flag("--detach"), options.flag("--fresh"));
			case "supervise" -> new Command.Supervise(options.flag("--demo"), options.flag("--fresh"));
			case "down" -> new Command.Down();
			case "status" -> new Command.Status();
			case "token" -> token(options);
			case "help", "--help", "-h" -> new Command.Help();
			default -> throw new UsageException("Unknown command '" + name + "'");
		};
		// Handled by the script before the launcher runs; accepted here so the script can pass arguments through.
		options.flagIf(command instanceof Command.Up, "--build");
		Path repository = path(options.value("--repository"), environment.get(REPOSITORY_VARIABLE), workingDirectory);
		Path home = path(options.value("--home"), environment.get(HOME_VARIABLE), repository.resolve(".scibureau"));
		Long watchPid = pid(options.value("--watch-pid"));
		options.requireNoneLeft();
		String script = environment.getOrDefault(SCRIPT_VARIABLE, "./scibureau");
		boolean startupCache = !"off".equalsIgnoreCase(environment.getOrDefault(STARTUP_CACHE_VARIABLE, "on"));
		return new Invocation(command, repository, home, script, watchPid, startupCache);
	}

	private static Command.Token token(Options options) {
		String role = valueOr(options.value("--role"), "bureau-admin");
		String org = options.value("--org");
		String jurisdiction = valueOr(options.value("--jurisdiction"), "510100");
		String talentId = options.value("--talent-id");
		if (!ROLES.matcher(role).matches()) {
			throw new UsageException("--role takes a role name such as plan-officer, or several separated by commas");
		}
		if (!DIVISION_CODE.matcher(jurisdiction).matches()) {
			throw new UsageException("--jurisdiction takes a 6-digit division code such as 510100, not '" + jurisdiction + "'");
		}
		requireUuid("--org", org);
		requireUuid("--talent-id", talentId);
		return new Command.Token(role, org, jurisdiction, talentId);
	}

	private static void requireUuid(String option, @Nullable String value) {
		if (value != null && !UUID_TEXT.matcher(value).matches()) {
			throw new UsageException(option + " takes an id in UUID form, not '" + value + "'");
		}
	}

	private static Path path(@Nullable String option, @Nullable String variable, Path fallback) {
		String value = (option != null) ? option : variable;
		return ((value != null && !value.isBlank()) ? Path.of(value) : fallback).toAbsolutePath().normalize();
	}

	private static @Nullable Long pid(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--watch-pid takes a process id, not '" + value + "'");
		}
	}

	private static String valueOr(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	/**
	 * The options after the command, consumed as the command asks for them; whatever is left is an error.
	 */
	private static final class Options {

		private final String command;

		private final Deque<String> arguments;

		Options(String command, Deque<String> arguments) {
			this.command = command;
			this.arguments = arguments;
		}

		boolean flag(String name) {
			// Repeating a flag changes nothing.
			return this.arguments.removeIf(name::equals);
		}

		void flagIf(boolean accepted, String name) {
			if (accepted) {
				flag(name);
			}
		}

		@Nullable String value(String name) {
			String found = null;
			Deque<String> kept = new ArrayDeque<>();
			while (!this.arguments.isEmpty()) {
				String argument = this.arguments.removeFirst();
				if (argument.equals(name)) {
					if (this.arguments.isEmpty() || this.arguments.peekFirst().startsWith("--")) {
						throw new UsageException(name + " needs a value");
					}
					found = this.arguments.removeFirst();
				}
				else if (argument.startsWith(name + "=")) {
					found = argument.substring(name.length() + 1);
				}
				else {
					kept.addLast(argument);
				}
			}
			this.arguments.addAll(kept);
			if (found != null && found.isBlank()) {
				throw new UsageException(name + " needs a value");
			}
			return found;
		}

		void requireNoneLeft() {
			if (!this.arguments.isEmpty()) {
				String first = this.arguments.peekFirst();
				throw new UsageException(first.startsWith("-") ? "Unknown option '" + first + "' for '" + this.command + "'"
						: "Unexpected argument '" + first + "' for '" + this.command + "'");
			}
		}

	}

}
