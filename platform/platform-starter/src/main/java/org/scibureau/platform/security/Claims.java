package org.scibureau.platform.security;

/**
 * Names of the token claims the platform reads, and the audience every token must carry.
 */
public final class Claims {

	/** The audience of every platform token. */
	public static final String AUDIENCE = "scibureau-api";

	/** The caller's roles: a JSON array of role names. */
	public static final String ROLES = "roles";

	/** The caller's 6-digit administrative division. */
	public static final String JURISDICTION = "jurisdiction";

	/** The caller's organisation (applicants and organisation users). */
	public static final String ORGANISATION = "org";

	/** The caller's id in the talent registry (experts and researchers). */
	public static final String TALENT_ID = "talent_id";

	/** The OAuth2 client that obtained the token. */
	public static final String CLIENT_ID = "client_id";

	private Claims() {
	}

}
