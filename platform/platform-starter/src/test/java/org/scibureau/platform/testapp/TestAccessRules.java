package org.scibureau.platform.testapp;

import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Roles;

/**
 * Only plan officers may use the officer endpoints; any authenticated caller may use the rest.
 */
@Component
class TestAccessRules implements AccessRules {

	@Override
	public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/api/testapp/officer/**").hasRole(Roles.PLAN_OFFICER);
	}

}
