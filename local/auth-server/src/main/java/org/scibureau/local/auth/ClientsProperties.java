package org.scibureau.local.auth;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The OAuth2 clients this server knows, editable in {@code application.yml}.
 *
 * @param clients the registered clients
 */
@Validated
@ConfigurationProperties("scibureau.auth")
record ClientsProperties(@DefaultValue @Valid List<Client> clients) {

	/**
	 * One registered client.
	 *
	 * @param clientId the {@code client_id}
	 * @param secret the client secret with its encoder id, e.g. {@code {noop}secret} or {@code {bcrypt}$2a$...};
	 * absent for a public client, which must then use PKCE
	 * @param grantTypes the grants the client may use
	 * @param redirectUris where an authorization code may be sent (authorization code clients only)
	 * @param scopes the scopes the client may ask for
	 * @param roles the {@code roles} of the client's own tokens (client credentials only)
	 * @param jurisdiction the {@code jurisdiction} of the client's own tokens (client credentials only)
	 * @param org the {@code org} of the client's own tokens, if it acts for an organisation
	 * @param talentId the {@code talent_id} of the client's own tokens, if it acts for a talent
	 * @param claimsFromRequest whether a token request may set {@code roles}, {@code jurisdiction}, {@code org},
	 * {@code talent_id} and {@code sub} by parameter, the client's claims being the defaults; only the local
	 * platform's tool client should
	 */
	record Client(@NotBlank String clientId, @Nullable String secret, @DefaultValue @NotEmpty Set<GrantType> grantTypes,
			@DefaultValue List<String> redirectUris, @DefaultValue Set<String> scopes, @DefaultValue List<Role> roles,
			@Nullable @Pattern(regexp = TokenClaims.JURISDICTION_FORMAT) String jurisdiction, @Nullable UUID org,
			@Nullable UUID talentId, boolean claimsFromRequest) {

		Client {
			if (secret != null && !secret.startsWith("{")) {
				throw new IllegalArgumentException("secret of client '" + clientId
						+ "' must start with an encoder id such as {noop} or {bcrypt}");
			}
			if (secret == null && grantTypes.contains(GrantType.CLIENT_CREDENTIALS)) {
				throw new IllegalArgumentException(
						"client '" + clientId + "' uses client_credentials and so needs a secret");
			}
			if (grantTypes.contains(GrantType.CLIENT_CREDENTIALS) && (roles.isEmpty() || jurisdiction == null)) {
				throw new IllegalArgumentException(
						"client '" + clientId + "' uses client_credentials and so needs roles and a jurisdiction");
			}
			if (grantTypes.contains(GrantType.AUTHORIZATION_CODE) && redirectUris.isEmpty()) {
				throw new IllegalArgumentException(
						"client '" + clientId + "' uses authorization_code and so needs redirect-uris");
			}
			if (claimsFromRequest && !grantTypes.contains(GrantType.CLIENT_CREDENTIALS)) {
				throw new IllegalArgumentException(
						"client '" + clientId + "' may take claims from requests only with client_credentials");
			}
		}

		/**
		 * The claims of the client's own tokens, for a client that uses client credentials.
		 */
		Optional<TokenClaims> ownClaims() {
			if (this.jurisdiction == null || this.roles.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new TokenClaims(this.clientId, this.roles, this.jurisdiction, this.org, this.talentId));
		}

	}

}
