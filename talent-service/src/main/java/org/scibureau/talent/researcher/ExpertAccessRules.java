package org.scibureau.talent.researcher;

import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Roles;

/**
 * Talent officers register experts and change their review profiles; an expert reads its own profile and changes
 * its availability and declared conflicts; bureau staff, district officers and auditors read experts, list them
 * and read their history.
 */
@Component
class ExpertAccessRules implements AccessRules {

	private static final String[] STAFF_AND_EXPERT = Stream
		.concat(Stream.of(TalentAccess.STAFF), Stream.of(Roles.EXPERT))
		.toArray(String[]::new);

	@Override
	public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/api/talent/experts")
			.hasRole(Roles.TALENT_OFFICER)
			.pathMatchers(HttpMethod.PUT, "/api/talent/experts/*")
			.hasAnyRole(Roles.TALENT_OFFICER, Roles.EXPERT)
			.pathMatchers(HttpMethod.GET, "/api/talent/experts/*")
			.hasAnyRole(STAFF_AND_EXPERT)
			.pathMatchers(HttpMethod.GET, "/api/talent/experts", "/api/talent/experts/**")
			.hasAnyRole(TalentAccess.STAFF);
	}

}
