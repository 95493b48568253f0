package org.scibureau.local.seed;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/**
 * An answer of the platform's API.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the JSON body; a missing node when there was none
 */
record ApiResponse(int status, HttpHeaders headers, JsonNode body) {

	boolean is(int expected) {
		return this.status == expected;
	}

	/**
	 * Whether the answer is a 422 that names this rule among its errors.
	 * @param code the rule's code, e.g. {@code unknown-program}
	 */
	boolean violates(String code) {
		return this.status == 422 && this.body.path("errors")
			.valueStream()
			.anyMatch((error) -> code.equals(error.path("code").asString()));
	}

	/** The problem's title and detail, or the bare status, for error messages. */
	String problem() {
		String title = this.body.path("title").isString() ? this.body.path("title").stringValue() : null;
		String detail = this.body.path("detail").isString() ? this.body.path("detail").stringValue() : null;
		StringBuilder message = new StringBuilder("HTTP ").append(this.status);
		if (title != null) {
			message.append(' ').append(title);
		}
		if (detail != null) {
			message.append(": ").append(detail);
		}
		return message.toString();
	}

}
