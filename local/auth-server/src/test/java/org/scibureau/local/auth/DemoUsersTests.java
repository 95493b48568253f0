package org.scibureau.local.auth;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DemoUsersTests {

	private static final UUID SCU = UUID.fromString("cb22d4c3-effa-48a6-bf97-e63cd0396c11");

	private static final UUID EXPERT = UUID.fromString("960b0046-d969-4881-ad5a-6e88ed98ffa2");

	private static final DemoDirectoryProperties.Organisation SCU_ORGANISATION = new DemoDirectoryProperties.Organisation(
			"scu", SCU, "Sichuan University", "四川大学", "university", "510107");

	private static final DemoDirectoryProperties.Talent EXPERT_TALENT = new DemoDirectoryProperties.Talent("expert1",
			EXPERT, "Li Ming", "李明", "scu", "biomedical engineering");

	@Test
	void resolvesOrganisationAndTalentKeysToIds() {
		DemoUsers users = new DemoUsers(directory(
				user("applicant-scu", Role.APPLICANT, "510107", "scu", null),
				user("expert1", Role.EXPERT, "510100", null, "expert1")));

		assertThat(users.claimsOf("applicant-scu"))
			.hasValue(new TokenClaims("applicant-scu", List.of(Role.APPLICANT), "510107", SCU, null));
		assertThat(users.claimsOf("expert1"))
			.hasValue(new TokenClaims("expert1", List.of(Role.EXPERT), "510100", null, EXPERT));
	}

	@Test
	void refusesUserNamingUnknownOrganisation() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoUsers(directory(user("applicant-x", Role.APPLICANT, "510107", "nowhere", null))))
			.withMessageContaining("nowhere");
	}

	@Test
	void refusesUserNamingUnknownTalent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoUsers(directory(user("expert9", Role.EXPERT, "510100", null, "expert9"))))
			.withMessageContaining("expert9");
	}

	@Test
	void refusesDuplicateUsername() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoUsers(directory(user("admin", Role.BUREAU_ADMIN, "510100", null, null),
					user("admin", Role.AUDITOR, "510100", null, null))))
			.withMessageContaining("'admin' twice");
	}

	@Test
	void logsUserInWithDefaultPasswordAndRolesAsAuthorities() {
		DemoUsers users = new DemoUsers(directory(user("finance", Role.FINANCE_OFFICER, "510100", null, null)));

		UserDetails details = users.loadUserByUsername("finance");

		assertThat(details.getPassword()).isEqualTo("{noop}demo");
		assertThat(details.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("finance-officer");
	}

	@Test
	void refusesUnknownUsername() {
		DemoUsers users = new DemoUsers(directory(user("admin", Role.BUREAU_ADMIN, "510100", null, null)));

		assertThatExceptionOfType(UsernameNotFoundException.class).isThrownBy(() -> users.loadUserByUsername("root"));
		assertThat(users.claimsOf("root")).isEmpty();
	}

	@Test
	void refusesPasswordWithoutEncoderId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoDirectoryProperties.User("admin", "plain", List.of(Role.BUREAU_ADMIN), "510100",
					null, null))
			.withMessageContaining("encoder id");
	}

	private static DemoDirectoryProperties directory(DemoDirectoryProperties.User... users) {
		return new DemoDirectoryProperties(List.of(SCU_ORGANISATION), List.of(EXPERT_TALENT), "{noop}demo",
				List.of(users));
	}

	private static DemoDirectoryProperties.User user(String username, Role role, String jurisdiction,
			String organisation, String talent) {
		return new DemoDirectoryProperties.User(username, null, List.of(role), jurisdiction, organisation, talent);
	}

}
