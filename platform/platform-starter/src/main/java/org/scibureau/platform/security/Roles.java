package org.scibureau.platform.security;

import java.util.List;

/**
 * The platform's roles, as they appear in the {@code roles} claim of a token.
 */
public final class Roles {

	/** Configuration, reference data, all reads; not a substitute for the officer roles' actions. */
	public static final String BUREAU_ADMIN = "bureau-admin";

	public static final String PLAN_OFFICER = "plan-officer";

	public static final String FINANCE_OFFICER = "finance-officer";

	public static final String TALENT_OFFICER = "talent-officer";

	public static final String IP_OFFICER = "ip-officer";

	public static final String AWARDS_OFFICER = "awards-officer";

	public static final String EXPERT = "expert";

	public static final String APPLICANT = "applicant";

	/** Scoped by the {@code jurisdiction} claim. */
	public static final String DISTRICT_OFFICER = "district-officer";

	/** Reads everything, changes nothing. */
	public static final String AUDITOR = "auditor";

	/** Public reads and events. */
	public static final String PARTNER_SYSTEM = "partner-system";

	/** Every role. */
	public static final List<String> ALL = List.of(BUREAU_ADMIN, PLAN_OFFICER, FINANCE_OFFICER, TALENT_OFFICER,
			IP_OFFICER, AWARDS_OFFICER, EXPERT, APPLICANT, DISTRICT_OFFICER, AUDITOR, PARTNER_SYSTEM);

	private Roles() {
	}

}
