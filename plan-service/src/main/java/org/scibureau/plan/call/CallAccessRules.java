package org.scibureau.plan.call;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Roles;

/**
 * Plan officers schedule, open and close calls and change their eligibility rules; bureau staff, district officers
 * and auditors read them; applicants and plan officers check an application's eligibility; the public reads calls
 * without a token.
 */
@Component
class CallAccessRules implements AccessRules {

	@Override
	public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/api/plan/calls", "/api/plan/calls/*/opening", "/api/plan/calls/*/closing")
			.hasRole(Roles.PLAN_OFFICER)
			.pathMatchers(HttpMethod.PUT, "/api/plan/calls/*/eligibility-rules")
			.hasRole(Roles.PLAN_OFFICER)
			.pathMatchers(HttpMethod.POST, "/api/plan/calls/*/eligibility-check")
			.hasAnyRole(Roles.APPLICANT, Roles.PLAN_OFFICER)
			.pathMatchers(HttpMethod.GET, "/api/plan/calls", "/api/plan/calls/**")
			.hasAnyRole(Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER, Roles.FINANCE_OFFICER, Roles.TALENT_OFFICER,
					Roles.IP_OFFICER, Roles.AWARDS_OFFICER, Roles.DISTRICT_OFFICER, Roles.AUDITOR);
	}

}
