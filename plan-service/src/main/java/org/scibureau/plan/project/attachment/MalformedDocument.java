package org.scibureau.plan.project.attachment;

/**
 * The bytes are not a well-formed document of the kind their signature announces; the sniffer then recognises
 * nothing.
 */
final class MalformedDocument extends Exception {

	MalformedDocument(String message) {
		super(message, null, false, false);
	}

}
