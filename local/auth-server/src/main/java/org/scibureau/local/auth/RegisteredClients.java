package org.scibureau.local.auth;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Turns the configured clients into Spring Authorization Server registrations, carrying each client's own claims
 * in its client settings so the token customizer finds them on the registration it is handed.
 */
final class RegisteredClients {

	private static final String OWN_CLAIMS = "scibureau.own-claims";

	private static final String CLAIMS_FROM_REQUEST = "scibureau.claims-from-request";

	private RegisteredClients() {
	}

	static RegisteredClientRepository repository(ClientsProperties properties, Duration accessTokenTimeToLive) {
		return new InMemoryRegisteredClientRepository(
				properties.clients().stream().map(client -> registration(client, accessTokenTimeToLive)).toList());
	}

	static RegisteredClient registration(ClientsProperties.Client client, Duration accessTokenTimeToLive) {
		RegisteredClient.Builder builder = RegisteredClient.withId(client.clientId())
			.clientId(client.clientId())
			.authorizationGrantTypes(grants -> client.grantTypes().forEach(grant -> grants.add(grant.oauth2())))
			.redirectUris(uris -> uris.addAll(client.redirectUris()))
			.scopes(scopes -> scopes.addAll(client.scopes()))
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(accessTokenTimeToLive).build());
		if (client.secret() != null) {
			builder.clientSecret(client.secret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		}
		else {
			builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
		}
		ClientSettings.Builder settings = ClientSettings.builder()
			// Authorization code clients are browser apps: PKCE (S256, the only method offered) is mandatory.
			.requireProofKey(client.grantTypes().contains(GrantType.AUTHORIZATION_CODE))
			.requireAuthorizationConsent(false)
			.setting(CLAIMS_FROM_REQUEST, client.claimsFromRequest());
		client.ownClaims().ifPresent(claims -> settings.setting(OWN_CLAIMS, claims));
		return builder.clientSettings(settings.build()).build();
	}

	/**
	 * The claims of the client's own tokens; empty for a client that only acts for users.
	 */
	static Optional<TokenClaims> ownClaims(RegisteredClient client) {
		return Optional.ofNullable(client.getClientSettings().getSetting(OWN_CLAIMS));
	}

	/**
	 * Whether a token request of this client may set claims by parameter.
	 */
	static boolean claimsFromRequest(RegisteredClient client) {
		return Boolean.TRUE.equals(client.getClientSettings().getSetting(CLAIMS_FROM_REQUEST));
	}

}
