package org.scibureau.platform.test.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Stops a PostgreSQL server whose launching JVM died without running its shutdown hooks.
 * <p>
 * {@code pg_ctl} detaches the postmaster from the JVM, so a killed JVM would leave it running, holding its port and
 * data directory. A tiny shell loop outlives the JVM, notices it is gone, asks the postmaster for a fast shutdown and
 * then deletes a temporary data directory.
 * Not available on Windows, where the server is only stopped by the JVM's shutdown hook.
 */
final class PostmasterWatchdog {

	private final @Nullable Process watcher;

	private PostmasterWatchdog(@Nullable Process watcher) {
		this.watcher = watcher;
	}

	static PostmasterWatchdog watch(long postmasterPid, @Nullable Path directoryToDelete) {
		if (System.getProperty("os.name").startsWith("Windows")) {
			return new PostmasterWatchdog(null);
		}
		String script = "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null; do sleep 2; done; kill -INT "
				+ postmasterPid + " 2>/dev/null";
		if (directoryToDelete != null) {
			script += "; while kill -0 " + postmasterPid + " 2>/dev/null; do sleep 1; done; rm -rf '"
					+ directoryToDelete.toString().replace("'", "'\\''") + "'";
		}
		try {
			Process watcher = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return new PostmasterWatchdog(watcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the PostgreSQL watchdog", ex);
		}
	}

	/** Ends the watch, for a server that is being stopped normally. */
	void cancel() {
		Optional.ofNullable(watcher).ifPresent(Process::destroy);
	}

}
