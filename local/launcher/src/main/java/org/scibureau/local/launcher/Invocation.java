package org.scibureau.local.launcher;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A parsed command line with the settings every command shares.
 *
 * @param command what to do
 * @param repository the repository whose built jars the platform runs
 * @param home the directory of the platform's data, logs and run state
 * @param script how the user invoked the launcher, for the commands it suggests (e.g. {@code ./scibureau})
 * @param watchPid a process whose exit stops the platform (the end-to-end tests' JVM), if any
 * @param startupCache whether applications run unpacked with a JVM startup cache (see
 * {@link org.scibureau.local.process.StartupCache})
 */
record Invocation(Command command, Path repository, Path home, String script, @Nullable Long watchPid,
		boolean startupCache) {

	PlatformHome platformHome() {
		return new PlatformHome(this.repository, this.home);
	}

}
