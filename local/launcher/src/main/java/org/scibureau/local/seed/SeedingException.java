package org.scibureau.local.seed;

/**
 * Demo seeding stopped: the API refused a request or stayed unavailable.
 */
public final class SeedingException extends RuntimeException {

	SeedingException(String message) {
		super(message);
	}

	SeedingException(String message, Throwable cause) {
		super(message, cause);
	}

}
