package org.scibureau.platform.outbox;

/**
 * Some rows of a batch could not be published; the relay backs off and resumes at the first of them.
 */
class OutboxPublicationException extends RuntimeException {

	OutboxPublicationException(String message) {
		super(message);
	}

}
