package org.scibureau.local.launcher;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A component did not start; the supervisor stops what it started and shows the component's log.
 */
final class StartupFailure extends RuntimeException {

	private final @Nullable Path logFile;

	StartupFailure(String message, @Nullable Path logFile) {
		super(message);
		this.logFile = logFile;
	}

	StartupFailure(String message, @Nullable Path logFile, Throwable cause) {
		super(message, cause);
		this.logFile = logFile;
	}

	@Nullable Path logFile() {
		return this.logFile;
	}

}
