package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in CNY: exact decimals with two places.
 */
final class Money {

	static final int SCALE = 2;

	static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

	private Money() {
	}

	/**
	 * The amount with exactly two places when it has at most two significant ones ({@code 5} and {@code 5.000}
	 * become {@code 5.00}); otherwise unchanged, for {@link #isCents(BigDecimal)} to report.
	 */
	static BigDecimal normalised(BigDecimal amount) {
		return (amount.stripTrailingZeros().scale() <= SCALE) ? amount.setScale(SCALE, RoundingMode.UNNECESSARY)
				: amount;
	}

	/** Whether a normalised amount is a whole number of fen. */
	static boolean isCents(BigDecimal amount) {
		return amount.scale() == SCALE;
	}

}
