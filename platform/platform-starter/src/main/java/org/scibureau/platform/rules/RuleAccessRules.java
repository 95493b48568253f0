package org.scibureau.platform.rules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Roles;

/**
 * Rules are the bureau's published figures: every caller with a token reads them; only a bureau administrator
 * (configuration and reference data, DESIGN.md) records or withdraws a version.
 */
public final class RuleAccessRules implements AccessRules {

	private final String path;

	public RuleAccessRules(String path) {
		this.path = path;
	}

	@Override
	public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, this.path + "/**").hasRole(Roles.BUREAU_ADMIN);
	}

}
