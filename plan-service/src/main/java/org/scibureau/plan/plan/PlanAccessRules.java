package org.scibureau.plan.plan;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Roles;

/**
 * Plan officers draft, submit and publish plans; bureau staff, district officers and auditors read them
 * (within their jurisdiction); the public reads published plans without a token.
 */
@Component
class PlanAccessRules implements AccessRules {

	static final String[] READERS = { Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER, Roles.FINANCE_OFFICER,
			Roles.TALENT_OFFICER, Roles.IP_OFFICER, Roles.AWARDS_OFFICER, Roles.DISTRICT_OFFICER, Roles.AUDITOR };

	@Override
	public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/api/plan/plans", "/api/plan/plans/*/submission",
				"/api/plan/plans/*/return", "/api/plan/plans/*/publication", "/api/plan/plans/*/revision")
			.hasRole(Roles.PLAN_OFFICER)
			.pathMatchers(HttpMethod.PUT, "/api/plan/plans/*")
			.hasRole(Roles.PLAN_OFFICER)
			.pathMatchers(HttpMethod.GET, "/api/plan/plans", "/api/plan/plans/**")
			.hasAnyRole(READERS);
	}

}
