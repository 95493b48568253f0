package org.scibureau.local.token;

/**
 * An OAuth2 client of the local authorization server and its secret. The local demo clients' secrets are public
 * (documented in the README) and valid on the local platform only.
 *
 * @param clientId the client id
 * @param secret the client secret
 */
public record ClientCredentials(String clientId, String secret) {

	/**
	 * The tool client behind {@code ./scibureau token}: its token requests may choose the claims. The demo seeder
	 * uses it only for the claims of one demo identity, an organisation's applicant or a talent as expert.
	 */
	public static final ClientCredentials CLI = new ClientCredentials("scibureau-cli", "scibureau-cli-secret");

	/** The demo seeder, with fixed claims (plan and talent officer, city of Chengdu). */
	public static final ClientCredentials SEEDER = new ClientCredentials("scibureau-seeder", "scibureau-seeder-secret");

	@Override
	public String toString() {
		return "ClientCredentials[clientId=" + this.clientId + "]";
	}

}
