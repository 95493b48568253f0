package org.scibureau.bench.load;

import java.util.concurrent.TimeUnit;

/** Stopping the processes a scenario started. */
final class Processes {

	private Processes() {
	}

	/** Asks a process to stop, and kills it if it has not within 10 s. */
	static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

}
