package org.scibureau.local.auth;

import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The OAuth2 grants a registered client may use here.
 */
enum GrantType {

	CLIENT_CREDENTIALS(AuthorizationGrantType.CLIENT_CREDENTIALS),
	AUTHORIZATION_CODE(AuthorizationGrantType.AUTHORIZATION_CODE);

	private final AuthorizationGrantType oauth2;

	GrantType(AuthorizationGrantType oauth2) {
		this.oauth2 = oauth2;
	}

	AuthorizationGrantType oauth2() {
		return this.oauth2;
	}

}
