package org.scibureau.platform.inbox;

/**
 * Thrown by an event's effect when the event can never be applied (retrying cannot help): the event goes to
 * the dead-letter topic without further attempts.
 */
public class UnprocessableEventException extends RuntimeException {

	public UnprocessableEventException(String message) {
		super(message);
	}

}
