package org.scibureau.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTests {

	@Test
	void readsThePlatformsClaimsFromTheToken() {
		Jwt jwt = token(Map.of("sub", "u-17", "client_id", "portal", "roles", List.of("district-officer", "expert"),
				"jurisdiction", "510107", "org", "org-9", "talent_id", "t-3"));

		Caller caller = Caller.of(jwt);

		assertThat(caller).isEqualTo(new Caller("u-17", "portal", Set.of("district-officer", "expert"),
				new Jurisdiction("510107"), "org-9", "t-3"));
		assertThat(caller.isAuthenticated()).isTrue();
		assertThat(caller.actor()).isEqualTo("u-17 via portal");
	}

	@Test
	void readsRolesWrittenAsOneString() {
		Caller caller = Caller.of(token(Map.of("sub", "u-1", "roles", "plan-officer auditor,expert")));

		assertThat(caller.roles()).containsExactlyInAnyOrder("plan-officer", "auditor", "expert");
	}

	@Test
	void ignoresAMalformedJurisdiction() {
		Caller caller = Caller.of(token(Map.of("sub", "u-1", "roles", List.of("district-officer"), "jurisdiction", "5101")));

		assertThat(caller.jurisdictionIfAny()).isEmpty();
		assertThat(caller.canSee("510107")).isFalse();
		assertThat(caller.visibleJurisdictions()).as("matches no code").isEqualTo("-");
	}

	@Test
	void letsAdministratorsAndAuditorsSeeEveryJurisdiction() {
		for (String role : List.of(Roles.BUREAU_ADMIN, Roles.AUDITOR)) {
			Caller caller = new Caller("u-1", null, Set.of(role), null, null, null);

			assertThat(caller.seesEveryJurisdiction()).isTrue();
			assertThat(caller.canSee("520104")).isTrue();
			assertThat(caller.visibleJurisdictions()).isNull();
		}
	}

	@Test
	void limitsOfficersToTheirJurisdiction() {
		Caller city = new Caller("u-1", null, Set.of(Roles.PLAN_OFFICER), new Jurisdiction("510100"), null, null);
		Caller district = new Caller("u-2", null, Set.of(Roles.DISTRICT_OFFICER), new Jurisdiction("510107"), null, null);

		assertThat(city.canSee("510107")).isTrue();
		assertThat(city.canSee("520104")).isFalse();
		assertThat(city.visibleJurisdictions()).isEqualTo("5101__");
		assertThat(district.canSee("510107")).isTrue();
		assertThat(district.canSee("510104")).isFalse();
		assertThat(district.canSee("510100")).isFalse();
		assertThat(district.visibleJurisdictions()).isEqualTo("510107");
	}

	@Test
	void isAnonymousWithoutAToken() {
		Caller anonymous = Caller.anonymous();

		assertThat(anonymous.isAuthenticated()).isFalse();
		assertThat(anonymous.canSee("510100")).isFalse();
		assertThat(anonymous.actor()).isEqualTo(Caller.ANONYMOUS);
	}

	@Test
	void grantsAnAuthorityForEachKnownRoleOnly() {
		Jwt jwt = token(Map.of("sub", "u-1", "roles", List.of("plan-officer", "superuser", "ROLE_bureau-admin")));

		assertThat(new RolesAuthoritiesConverter().convert(jwt)).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_plan-officer");
	}

	private static Jwt token(Map<String, Object> claims) {
		Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").issuedAt(Instant.now());
		claims.forEach(builder::claim);
		return builder.build();
	}

}
