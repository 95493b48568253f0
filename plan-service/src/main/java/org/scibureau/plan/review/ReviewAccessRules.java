package org.scibureau.plan.review;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Roles;

/**
 * Plan officers open and decide reviews; experts read their own assignments and submit their score sheets;
 * plan officers, administrators and auditors read reviews and their rankings. Which review and assignment a caller
 * sees is decided per object by the services (an expert only its own assignments, an officer its jurisdiction).
 */
@Component
class ReviewAccessRules implements AccessRules {

	@Override
	public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/api/plan/reviews/assignments", "/api/plan/reviews/*/assignments/*")
			.hasRole(Roles.EXPERT)
			.pathMatchers(HttpMethod.PUT, "/api/plan/reviews/*/assignments/*/score-sheet")
			.hasRole(Roles.EXPERT)
			.pathMatchers(HttpMethod.POST, "/api/plan/reviews", "/api/plan/reviews/*/decisions")
			.hasRole(Roles.PLAN_OFFICER)
			.pathMatchers(HttpMethod.GET, "/api/plan/reviews", "/api/plan/reviews/**")
			.hasAnyRole(Roles.PLAN_OFFICER, Roles.BUREAU_ADMIN, Roles.AUDITOR);
	}

}
