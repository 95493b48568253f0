package org.scibureau.local.seed;

import java.time.Duration;

/**
 * Waits between two attempts of a request; tests replace it so that they do not wait.
 */
@FunctionalInterface
interface Pause {

	/** Waits in the calling thread. */
	Pause SLEEP = (duration) -> {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SeedingException("Interrupted while waiting to retry", ex);
		}
	};

	/**
	 * Waits.
	 * @param duration how long
	 */
	void pause(Duration duration);

}
