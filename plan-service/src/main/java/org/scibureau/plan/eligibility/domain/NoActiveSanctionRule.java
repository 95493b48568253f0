package org.scibureau.plan.eligibility.domain;

/**
 * The principal investigator may not be under an active integrity sanction that bars applying.
 */
public record NoActiveSanctionRule() implements EligibilityRule {

	public static final String KIND = "no-active-sanction";

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public EligibilityMessage description() {
		return EligibilityMessage.description(KIND);
	}

	@Override
	public RuleResult check(ApplicationFacts facts) {
		ApplicationFacts.Investigator investigator = facts.principalInvestigator();
		if (investigator == null) {
			return RuleResult.unknown(KIND);
		}
		return investigator.barredFromApplying() ? RuleResult.failed(KIND) : RuleResult.passed(KIND);
	}

}
