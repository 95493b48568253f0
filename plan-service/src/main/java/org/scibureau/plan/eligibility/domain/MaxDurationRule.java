package org.scibureau.plan.eligibility.domain;

/**
 * The project may not run longer than a number of months; exactly that many is allowed.
 *
 * @param months the longest duration, positive
 */
public record MaxDurationRule(int months) implements EligibilityRule {

	public static final String KIND = "max-duration";

	public MaxDurationRule {
		if (months <= 0) {
			throw new IllegalArgumentException("A maximum duration is positive: " + months);
		}
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public EligibilityMessage description() {
		return EligibilityMessage.description(KIND, this.months);
	}

	@Override
	public RuleResult check(ApplicationFacts facts) {
		Integer duration = facts.durationMonths();
		if (duration == null) {
			return RuleResult.unknown(KIND);
		}
		return (duration <= this.months) ? RuleResult.passed(KIND, duration, this.months)
				: RuleResult.failed(KIND, duration, this.months);
	}

}
