package org.scibureau.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDK selection of the {@code scibureau} script, run against made-up JDK installations.
 * <p>
 * The script is bash, so these tests do not run on Windows, where the local platform does not run either; they run
 * on Linux and macOS, CI included.
 */
@DisabledOnOs(OS.WINDOWS)
class ScibureauScriptTests {

	private static final Path SCRIPT = Path.of(System.getProperty("scibureau.repository", "../.."))
		.resolve("scibureau")
		.toAbsolutePath()
		.normalize();

	@TempDir
	Path directory;

	private Path jvmRoot;

	private Path tools;

	@BeforeEach
	void prepare() throws IOException {
		this.jvmRoot = Files.createDirectories(this.directory.resolve("jvm"));
		// Only the tools the script needs: no java on the PATH, whatever this machine has.
		this.tools = Files.createDirectories(this.directory.resolve("bin"));
		for (String tool : List.of("sed", "head", "dirname", "readlink", "cat")) {
			Path location = List.of(Path.of("/usr/bin", tool), Path.of("/bin", tool))
				.stream()
				.filter(Files::isExecutable)
				.findFirst()
				.orElseThrow();
			script(this.tools.resolve(tool), "#!/bin/sh\nexec " + location + " \"$@\"\n");
		}
	}

	@Test
	void usesJavaHomeWhenItIsAtLeast21() throws Exception {
		Path javaHome = jdk(this.directory.resolve("custom-jdk"), "21.0.5");
		jdk(this.jvmRoot.resolve("temurin-25"), "25.0.1");

		Result result = javaHome(Map.of("JAVA_HOME", javaHome.toString()));

		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).isEqualTo(javaHome.toString());
	}

	@Test
	void passesOverAnOlderJavaHomeForTheNewestInstalledJdk() throws Exception {
		Path java17 = jdk(this.jvmRoot.resolve("java-17-openjdk"), "17.0.15");
		jdk(this.jvmRoot.resolve("temurin-21"), "21.0.9");
		Path java25 = jdk(this.jvmRoot.resolve("temurin-25"), "25.0.3");

		Result result = javaHome(Map.of("JAVA_HOME", java17.toString()));

		assertThat(result.output()).isEqualTo(java25.toString());
	}

	@Test
	void findsAJdkInTheMacOsLayout() throws Exception {
		Path home = jdk(this.jvmRoot.resolve("temurin-21.jdk/Contents/Home"), "21.0.2");

		Result result = javaHome(Map.of());

		assertThat(result.output()).isEqualTo(home.toString());
	}

	@Test
	void readsTheVersionFromJavaWhenTheJdkHasNoReleaseFile() throws Exception {
		Path home = this.jvmRoot.resolve("zulu-22");
		script(home.resolve("bin/java"), "#!/bin/sh\necho 'openjdk version \"22.0.1\" 2024-04-16' >&2\n");

		Result result = javaHome(Map.of());

		assertThat(result.output()).isEqualTo(home.toString());
	}

	@Test
	void failsClearlyWithoutAJdk21() throws Exception {
		jdk(this.jvmRoot.resolve("java-17-openjdk"), "17.0.15");

		Result result = javaHome(Map.of());

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("no JDK 21 or newer found").contains("Install a JDK 21+");
	}

	private Result javaHome(Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("/bin/bash", SCRIPT.toString(), "java-home").redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().put("PATH", this.tools.toString());
		builder.environment().put("SCIBUREAU_JVM_ROOTS", this.jvmRoot.toString());
		builder.environment().putAll(environment);
		Process process = builder.start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
	}

	private static Path jdk(Path home, String version) throws IOException {
		Files.createDirectories(home);
		Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
		script(home.resolve("bin/java"), "#!/bin/sh\nexit 0\n");
		return home;
	}

	private static void script(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
	}

	private record Result(int exitCode, String output) {
	}

}
