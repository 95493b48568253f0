package org.scibureau.platform.audit;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Roles;

/**
 * The audit trail is for auditors and the bureau administrator (all reads, DESIGN.md); it names callers and what
 * they tried, so no other role reads it.
 */
public final class AuditAccessRules implements AccessRules {

	private final String path;

	public AuditAccessRules(String path) {
		this.path = path;
	}

	@Override
	public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, this.path, this.path + "/**")
			.hasAnyRole(Roles.AUDITOR, Roles.BUREAU_ADMIN);
	}

}
