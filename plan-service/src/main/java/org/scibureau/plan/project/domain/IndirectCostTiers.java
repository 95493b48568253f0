package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How much indirect cost a budget may claim: a share of the direct costs less equipment, by marginal brackets
 * like an income tax, since the national rule caps "the part up to ¥5M at 30%, the part from ¥5M to ¥10M at 25%,
 * the part above at 20%" (the default to configure; cities differ, so the brackets are data).
 *
 * @param tiers the brackets in ascending order; only the last is open-ended
 */
public record IndirectCostTiers(List<Tier> tiers) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public IndirectCostTiers {
		tiers = List.copyOf(tiers);
		if (tiers.isEmpty() || tiers.get(tiers.size() - 1).upTo() != null) {
			throw new IllegalArgumentException("The last indirect-cost tier must be open-ended");
		}
		BigDecimal previous = BigDecimal.ZERO;
		for (Tier tier : tiers.subList(0, tiers.size() - 1)) {
			BigDecimal upTo = tier.upTo();
			if (upTo == null || upTo.compareTo(previous) <= 0) {
				throw new IllegalArgumentException("Indirect-cost tiers must have ascending upper bounds: " + tiers);
			}
			previous = upTo;
		}
	}

	/**
	 * The most indirect cost a base allows, rounded down to the fen.
	 * @param base the direct costs less equipment, in CNY
	 */
	public BigDecimal cap(BigDecimal base) {
		BigDecimal cap = BigDecimal.ZERO;
		BigDecimal lower = BigDecimal.ZERO;
		for (Tier tier : this.tiers) {
			BigDecimal upTo = tier.upTo();
			BigDecimal upper = (upTo != null) ? base.min(upTo) : base;
			if (upper.compareTo(lower) <= 0) {
				break;
			}
			cap = cap.add(upper.subtract(lower).multiply(tier.percent()).divide(HUNDRED));
			lower = upper;
		}
		return cap.setScale(Money.SCALE, RoundingMode.DOWN);
	}

	/**
	 * One bracket.
	 *
	 * @param upTo the top of the bracket in CNY, inclusive, or {@code null} for the open-ended last one
	 * @param percent the share of the part of the base inside the bracket, from 0 to 100
	 */
	public record Tier(@Nullable BigDecimal upTo, BigDecimal percent) {

		public Tier {
			if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
				throw new IllegalArgumentException("A share must be between 0 and 100 percent: " + percent);
			}
		}

	}

}
