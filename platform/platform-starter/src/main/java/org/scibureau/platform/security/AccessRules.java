package org.scibureau.platform.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A service's rules of who may call which endpoint, applied in the security filter chain.
 * <p>
 * Role checks belong here, by method and path, and not on controller methods: the filter chain runs before
 * the body is read, so a caller without the role gets 403 before any 400/413/415 about the request (the check
 * order of DESIGN.md). Object-level checks (organisation, jurisdiction, assignment) stay in the service.
 * Authorities are the roles prefixed with {@code ROLE_}, so {@code hasRole("plan-officer")} reads naturally.
 */
@FunctionalInterface
public interface AccessRules {

	/** Adds the service's path matchers; anything not matched needs an authenticated caller. */
	void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);

}
