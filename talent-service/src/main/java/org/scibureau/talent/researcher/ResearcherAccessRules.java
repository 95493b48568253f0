package org.scibureau.talent.researcher;

import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Roles;

/**
 * Talent officers register and correct researchers; bureau staff, district officers and auditors read them, and
 * an applicant reads those of its organisation (the service narrows each reader to what it may see).
 */
@Component
class ResearcherAccessRules implements AccessRules {

	private static final String[] READERS = Stream.concat(Stream.of(TalentAccess.STAFF), Stream.of(Roles.APPLICANT))
		.toArray(String[]::new);

	@Override
	public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/api/talent/researchers")
			.hasRole(Roles.TALENT_OFFICER)
			.pathMatchers(HttpMethod.PUT, "/api/talent/researchers/*")
			.hasRole(Roles.TALENT_OFFICER)
			.pathMatchers(HttpMethod.GET, "/api/talent/researchers", "/api/talent/researchers/**")
			.hasAnyRole(READERS);
	}

}
