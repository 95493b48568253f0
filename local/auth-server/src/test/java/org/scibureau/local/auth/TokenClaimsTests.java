package org.scibureau.local.auth;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenClaimsTests {

	@Test
	void rejectsTokenWithoutRoles() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenClaims("admin", List.of(), "510100", null, null))
			.withMessageContaining("roles");
	}

	@Test
	void rejectsJurisdictionThatIsNotSixDigits() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TokenClaims("admin", List.of(Role.BUREAU_ADMIN), "5101", null, null))
			.withMessageContaining("5101");
	}

	@Test
	void rejectsBlankSubject() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TokenClaims(" ", List.of(Role.BUREAU_ADMIN), "510100", null, null));
	}

	@Test
	void writesRoleNamesWithoutPrefixAndLeavesOutAbsentIds() {
		TokenClaims claims = new TokenClaims("finance", List.of(Role.FINANCE_OFFICER, Role.AUDITOR), "510100", null,
				null);

		assertThat(claims.asMap()).containsOnlyKeys("roles", "jurisdiction")
			.containsEntry("roles", List.of("finance-officer", "auditor"))
			.containsEntry("jurisdiction", "510100");
	}

	@Test
	void writesIdsAsCanonicalStrings() {
		UUID org = UUID.fromString("4cd86ce7-2e0e-472f-a2ea-c105f9417c20");
		UUID talent = UUID.fromString("960b0046-d969-4881-ad5a-6e88ed98ffa2");

		TokenClaims claims = new TokenClaims("x", List.of(Role.APPLICANT), "510107", org, talent);

		assertThat(claims.asMap()).containsEntry("org", "4cd86ce7-2e0e-472f-a2ea-c105f9417c20")
			.containsEntry("talent_id", "960b0046-d969-4881-ad5a-6e88ed98ffa2");
	}

	@Test
	void knowsEveryRoleByItsClaimValue() {
		for (Role role : Role.values()) {
			assertThat(Role.fromClaimValue(role.claimValue())).hasValue(role);
		}
		assertThat(Role.fromClaimValue("BUREAU_ADMIN")).isEmpty();
	}

}
