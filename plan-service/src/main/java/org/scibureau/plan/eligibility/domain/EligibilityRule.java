package org.scibureau.plan.eligibility.domain;

/**
 * One eligibility rule of a call: plain data with a stable {@link #kind()}, a public description and a check of an
 * application's facts.
 * <p>
 * A new rule is one more record here: its data, its kind (also its JSON type name and the middle of its message
 * codes), its description and its check.
 */
public sealed interface EligibilityRule permits OrganisationTypeRule, JurisdictionRule, MaxAmountRule, MaxDurationRule,
		MaxConcurrentProjectsRule, NoActiveSanctionRule {

	/** The stable name of the rule, e.g. {@code max-amount}; the discriminator of its JSON form. */
	String kind();

	/** The rule as the public call page states it: {@code eligibility.<kind>.description} with its figures. */
	EligibilityMessage description();

	/** Whether {@code facts} meet the rule, and why; unknown facts fail. */
	RuleResult check(ApplicationFacts facts);

}
