package org.scibureau.local.auth;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform roles a token can carry in its {@code roles} claim.
 */
enum Role {

	BUREAU_ADMIN("bureau-admin"),
	PLAN_OFFICER("plan-officer"),
	FINANCE_OFFICER("finance-officer"),
	TALENT_OFFICER("talent-officer"),
	IP_OFFICER("ip-officer"),
	AWARDS_OFFICER("awards-officer"),
	EXPERT("expert"),
	APPLICANT("applicant"),
	DISTRICT_OFFICER("district-officer"),
	AUDITOR("auditor"),
	PARTNER_SYSTEM("partner-system");

	private final String claimValue;

	Role(String claimValue) {
		this.claimValue = claimValue;
	}

	/**
	 * The role's name as written in the {@code roles} claim, without any prefix.
	 */
	String claimValue() {
		return this.claimValue;
	}

	static Optional<Role> fromClaimValue(String value) {
		return Arrays.stream(values()).filter(role -> role.claimValue.equals(value)).findFirst();
	}

}
