package org.scibureau.local.launcher;

/**
 * The command line asks for something the launcher does not understand.
 */
final class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
