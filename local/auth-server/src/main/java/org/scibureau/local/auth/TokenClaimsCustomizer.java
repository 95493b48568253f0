package org.scibureau.local.auth;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Writes the platform claims into every token: access tokens get {@code sub}, {@code aud}, {@code client_id},
 * {@code roles}, {@code jurisdiction} and, where set, {@code org} and {@code talent_id}; ID tokens get
 * {@code roles}.
 * <p>
 * A client acting for itself gets its configured claims, or for a client registered with
 * {@code claims-from-request} the claims its request asks for; a user's token gets the user's claims.
 */
@Component
final class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final DemoUsers users;

	private final List<String> audience;

	TokenClaimsCustomizer(DemoUsers users, TokenProperties token) {
		this.users = users;
		this.audience = List.of(token.audience());
	}

	@Override
	public void customize(JwtEncodingContext context) {
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			TokenClaims claims = claimsFor(context);
			context.getClaims()
				.subject(claims.subject())
				.audience(this.audience)
				.claim(TokenClaims.CLIENT_ID, context.getRegisteredClient().getClientId())
				.claims(existing -> existing.putAll(claims.asMap()));
		}
		else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
			// The ID token keeps the client as its audience, as OpenID Connect requires.
			context.getClaims().claim(TokenClaims.ROLES, claimsFor(context).roleNames());
		}
	}

	private TokenClaims claimsFor(JwtEncodingContext context) {
		RegisteredClient client = context.getRegisteredClient();
		Map<String, Object> parameters = parametersOf(context.getAuthorizationGrant());
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			TokenClaims own = RegisteredClients.ownClaims(client)
				.orElseThrow(() -> new IllegalStateException("client '" + client.getClientId() + "' has no claims"));
			if (RegisteredClients.claimsFromRequest(client)) {
				return ClaimParameters.apply(own, parameters);
			}
			ClaimParameters.rejectAny(parameters, client.getClientId());
			return own;
		}
		ClaimParameters.rejectAny(parameters, client.getClientId());
		String username = context.getPrincipal().getName();
		return this.users.claimsOf(username)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
					"user '" + username + "' has no platform claims", null)));
	}

	private static Map<String, Object> parametersOf(Authentication grant) {
		if (grant instanceof OAuth2AuthorizationGrantAuthenticationToken request) {
			return request.getAdditionalParameters();
		}
		return Map.of();
	}

}
