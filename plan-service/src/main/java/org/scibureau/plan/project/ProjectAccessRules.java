package org.scibureau.plan.project;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Roles;

/**
 * Applicants draft, edit, submit and withdraw their organisation's applications, attach and detach their
 * documents, and report on their projects; plan officers take every other action; bureau staff of the project's
 * jurisdiction and auditors read, documents included. Which
 * project a caller may see and act on is decided per project by {@link ProjectService}.
 */
@Component
class ProjectAccessRules implements AccessRules {

	/** The bureau roles that read projects of their jurisdiction (auditors and administrators: all). */
	static final String[] STAFF = { Roles.PLAN_OFFICER, Roles.BUREAU_ADMIN, Roles.AUDITOR, Roles.DISTRICT_OFFICER,
			Roles.FINANCE_OFFICER };

	private static final String[] APPLICANT_ACTIONS = { "/api/plan/projects", "/api/plan/projects/*/submission",
			"/api/plan/projects/*/withdrawal", "/api/plan/projects/*/start", "/api/plan/projects/*/milestones/*/report",
			"/api/plan/projects/*/acceptance-request", "/api/plan/projects/*/attachments" };

	private static final String[] OFFICER_ACTIONS = { "/api/plan/projects/*/formal-check",
			"/api/plan/projects/*/formal-check-pass", "/api/plan/projects/*/return", "/api/plan/projects/*/rejection",
			"/api/plan/projects/*/approval", "/api/plan/projects/*/funding-request", "/api/plan/projects/*/contract",
			"/api/plan/projects/*/milestones/*/acceptance", "/api/plan/projects/*/midterm-check",
			"/api/plan/projects/*/acceptance", "/api/plan/projects/*/acceptance-failure",
			"/api/plan/projects/*/closure", "/api/plan/projects/*/suspension", "/api/plan/projects/*/resumption",
			"/api/plan/projects/*/termination" };

	@Override
	public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, APPLICANT_ACTIONS)
			.hasRole(Roles.APPLICANT)
			.pathMatchers(HttpMethod.PUT, "/api/plan/projects/*")
			.hasRole(Roles.APPLICANT)
			.pathMatchers(HttpMethod.DELETE, "/api/plan/projects/*", "/api/plan/projects/*/attachments/*")
			.hasRole(Roles.APPLICANT)
			.pathMatchers(HttpMethod.POST, OFFICER_ACTIONS)
			.hasRole(Roles.PLAN_OFFICER)
			.pathMatchers(HttpMethod.GET, "/api/plan/projects", "/api/plan/projects/**")
			.hasAnyRole(readers());
	}

	private static String[] readers() {
		String[] readers = new String[STAFF.length + 1];
		System.arraycopy(STAFF, 0, readers, 0, STAFF.length);
		readers[STAFF.length] = Roles.APPLICANT;
		return readers;
	}

}
