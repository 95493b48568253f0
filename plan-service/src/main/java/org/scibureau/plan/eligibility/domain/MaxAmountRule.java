package org.scibureau.plan.eligibility.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The total requested amount may not exceed a ceiling; requesting exactly the ceiling is allowed.
 *
 * @param amount the ceiling in CNY, positive, with at most two decimals (kept at scale 2)
 */
public record MaxAmountRule(BigDecimal amount) implements EligibilityRule {

	public static final String KIND = "max-amount";

	public MaxAmountRule {
		if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("A maximum amount is a positive sum in fen: " + amount);
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public EligibilityMessage description() {
		return EligibilityMessage.description(KIND, this.amount);
	}

	@Override
	public RuleResult check(ApplicationFacts facts) {
		BigDecimal requested = facts.requestedAmount();
		if (requested == null) {
			return RuleResult.unknown(KIND);
		}
		return (requested.compareTo(this.amount) <= 0) ? RuleResult.passed(KIND, requested, this.amount)
				: RuleResult.failed(KIND, requested, this.amount);
	}

}
