package org.scibureau.bench.load;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping the processes a scenario started. */
final class Processes {

	private Processes() {
	}

	/** Asks a process to stop, and kills it if it has not within 10 s. */
	static void stop(Process process) {
		stop(process, Duration.ofSeconds(10));
	}

	/** Kills a process at once and waits until it is gone, at most 10 s. */
	static void kill(Process process) {
		process.destroyForcibly();
		try {
			process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Asks a process to stop, and kills it if it has not within a grace period. */
	static void stop(Process process, Duration grace) {
		process.destroy();
		try {
			if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

}
