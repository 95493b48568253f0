package org.scibureau.local.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives {@link StartupCache} with a stand-in for {@code java -Djarmode=tools ... extract} that creates the
 * extracted jar and counts its runs.
 * <p>
 * The stand-in is a shell script, so these tests do not run on Windows, where the local platform does not run either
 * (its script is bash and it starts its processes with {@code setsid}); they run on Linux and macOS, CI included.
 */
@DisabledOnOs(OS.WINDOWS)
class StartupCacheTests {

	@TempDir
	Path directory;

	private Path jar;

	private Path extractor;

	private Path runs;

	private StartupCache cache;

	@BeforeEach
	void prepare() throws Exception {
		this.jar = Files.writeString(this.directory.resolve("plan-service-0.1.0-SNAPSHOT.jar"), "fat jar");
		this.runs = this.directory.resolve("runs");
		this.extractor = script("extract", """
				#!/bin/sh
				echo run >> '%s'
				# arguments: -Djarmode=tools -jar <jar> extract --destination <directory>
				mkdir -p "$6" && cp "$3" "$6/"
				""".formatted(this.runs));
		this.cache = new StartupCache(this.directory.resolve("cache"));
	}

	@Test
	void theFirstLaunchUnpacksTheJarAndRecordsTheCache() {
		StartupCache.Launch launch = this.cache.prepare("plan", this.jar, this.extractor);

		assertThat(launch.jar()).isEqualTo(this.directory.resolve("cache/plan/application/plan-service-0.1.0-SNAPSHOT.jar"));
		assertThat(launch.writesCacheOnExit()).isTrue();
		assertThat(launch.jvmOptions()).singleElement()
			.asString()
			.startsWith((Runtime.version().feature() >= 25) ? "-XX:AOTCacheOutput=" : "-XX:+AutoCreateSharedArchive");
	}

	@Test
	void aLaterLaunchReusesTheUnpackedJarAndMapsTheCache() throws Exception {
		this.cache.prepare("plan", this.jar, this.extractor);
		Files.writeString(this.directory.resolve("cache/plan/application.aot"), "cache");
		Files.writeString(this.directory.resolve("cache/plan/application.jsa"), "archive");

		StartupCache.Launch launch = this.cache.prepare("plan", this.jar, this.extractor);

		assertThat(Files.readAllLines(this.runs)).hasSize(1);
		assertThat(launch.writesCacheOnExit()).isFalse();
		if (Runtime.version().feature() >= 25) {
			assertThat(launch.jvmOptions()).containsExactly("-XX:AOTCache=" + this.directory.resolve("cache/plan/application.aot"));
		}
	}

	@Test
	void aRebuiltJarIsUnpackedAgainAndItsOldCacheDropped() throws Exception {
		this.cache.prepare("plan", this.jar, this.extractor);
		Files.writeString(this.directory.resolve("cache/plan/application.aot"), "cache");
		Files.writeString(this.jar, "fat jar, rebuilt");
		Files.setLastModifiedTime(this.jar, FileTime.from(Instant.now().plusSeconds(5)));

		StartupCache.Launch launch = this.cache.prepare("plan", this.jar, this.extractor);

		assertThat(Files.readAllLines(this.runs)).hasSize(2);
		assertThat(this.directory.resolve("cache/plan/application.aot")).doesNotExist();
		assertThat(launch.writesCacheOnExit()).isTrue();
	}

	@Test
	void aJarThatCannotBeUnpackedRunsAsBuilt() throws Exception {
		Path failing = script("fail", "#!/bin/sh\necho 'Unsupported jarmode' >&2\nexit 1\n");

		StartupCache.Launch launch = this.cache.prepare("plan", this.jar, failing);

		assertThat(launch).isEqualTo(StartupCache.Launch.asBuilt(this.jar));
	}

	private Path script(String name, String content) throws Exception {
		Path script = Files.writeString(this.directory.resolve(name), content);
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
		return script;
	}

}
