package org.scibureau.local.auth;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ClaimParametersTests {

	private static final TokenClaims DEFAULTS = new TokenClaims("scibureau-cli", List.of(Role.BUREAU_ADMIN), "510100",
			null, null);

	private static final UUID ORG = UUID.fromString("cb22d4c3-effa-48a6-bf97-e63cd0396c11");

	@Test
	void keepsDefaultsWhenNoClaimIsRequested() {
		Map<String, Object> parameters = Map.of("client_id", "scibureau-cli", "client_secret", "secret");

		TokenClaims claims = ClaimParameters.apply(DEFAULTS, parameters);

		assertThat(claims).isEqualTo(DEFAULTS);
	}

	@Test
	void replacesEachRequestedClaim() {
		Map<String, Object> parameters = Map.of("roles", " applicant , expert ", "jurisdiction", "510104", "org",
				ORG.toString(), "talent_id", ORG.toString().toUpperCase(), "sub", "someone");

		TokenClaims claims = ClaimParameters.apply(DEFAULTS, parameters);

		assertThat(claims).isEqualTo(new TokenClaims("someone", List.of(Role.APPLICANT, Role.EXPERT), "510104", ORG, ORG));
	}

	@Test
	void dropsRepeatedRolesKeepingOrder() {
		TokenClaims claims = ClaimParameters.apply(DEFAULTS, Map.of("roles", "auditor,plan-officer,auditor"));

		assertThat(claims.roleNames()).containsExactly("auditor", "plan-officer");
	}

	@Test
	void rejectsUnknownRole() {
		assertInvalidRequest(Map.of("roles", "bureau-admin,superuser"), "superuser");
	}

	@Test
	void rejectsEmptyRoles() {
		assertInvalidRequest(Map.of("roles", ""), "roles");
	}

	@Test
	void rejectsEmptyEntryAmongRoles() {
		assertInvalidRequest(Map.of("roles", "auditor,,expert"), "roles");
	}

	@Test
	void rejectsJurisdictionWithLetters() {
		assertInvalidRequest(Map.of("jurisdiction", "51010x"), "jurisdiction");
	}

	@Test
	void rejectsJurisdictionWithSevenDigits() {
		assertInvalidRequest(Map.of("jurisdiction", "5101001"), "jurisdiction");
	}

	@Test
	void rejectsAbbreviatedUuid() {
		assertInvalidRequest(Map.of("org", "1-2-3-4-5"), "org");
	}

	@Test
	void rejectsTalentIdThatIsNotUuid() {
		assertInvalidRequest(Map.of("talent_id", "expert1"), "talent_id");
	}

	@Test
	void rejectsBlankSubject() {
		assertInvalidRequest(Map.of("sub", "  "), "sub");
	}

	@Test
	void rejectsRepeatedParameter() {
		assertInvalidRequest(Map.of("jurisdiction", new String[] { "510100", "510104" }), "once");
	}

	@Test
	void refusesClaimParametersForFixedClaimsClient() {
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> ClaimParameters.rejectAny(Map.of("org", ORG.toString(), "sub", "x"), "audit-office"))
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(OAuth2ErrorCodes.INVALID_REQUEST))
			.satisfies(ex -> assertThat(ex.getError().getDescription()).contains("audit-office", "[org, sub]"));
	}

	@Test
	void letsOtherParametersPassForFixedClaimsClient() {
		Map<String, Object> parameters = Map.of("client_id", "audit-office", "code_verifier", "abc");

		assertThatNoException().isThrownBy(() -> ClaimParameters.rejectAny(parameters, "audit-office"));
	}

	private static void assertInvalidRequest(Map<String, Object> parameters, String descriptionPart) {
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> ClaimParameters.apply(DEFAULTS, parameters))
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(OAuth2ErrorCodes.INVALID_REQUEST))
			.satisfies(ex -> assertThat(ex.getError().getDescription()).contains(descriptionPart));
	}

}
