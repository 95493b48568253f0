package org.scibureau.local.token;

/**
 * A token could not be had: the authorization server did not answer, or refused the request.
 */
public final class TokenException extends RuntimeException {

	private final boolean serverUnavailable;

	TokenException(String message, boolean serverUnavailable, Throwable cause) {
		super(message, cause);
		this.serverUnavailable = serverUnavailable;
	}

	TokenException(String message, boolean serverUnavailable) {
		super(message);
		this.serverUnavailable = serverUnavailable;
	}

	/**
	 * Whether the reason is that nothing answered, i.e. the platform is not running.
	 * @return {@code true} if the server could not be reached
	 */
	public boolean serverUnavailable() {
		return this.serverUnavailable;
	}

}
