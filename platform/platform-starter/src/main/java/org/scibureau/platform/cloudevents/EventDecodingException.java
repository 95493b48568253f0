package org.scibureau.platform.cloudevents;

/**
 * A record that is not a readable CloudEvent of our contract: retrying cannot help, it goes to the dead-letter
 * topic at once.
 */
public class EventDecodingException extends RuntimeException {

	public EventDecodingException(String message, Throwable cause) {
		super(message, cause);
	}

	public EventDecodingException(String message) {
		super(message);
	}

}
