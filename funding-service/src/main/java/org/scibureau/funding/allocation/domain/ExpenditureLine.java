package org.scibureau.funding.allocation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * What a project spent on one budget category up to the report's day, against its budget.
 *
 * @param category the budget category
 * @param budget what the category may spend; 0 for a category the budget has no line for
 * @param spent what was spent on it, cumulatively
 * @param variance spent − budget
 * @param variancePercent the variance as a share of the budget, two places; null when the budget is 0
 * @param alert whether the spending exceeds the budget by more than the allowance in force
 */
public record ExpenditureLine(String category, BigDecimal budget, BigDecimal spent, BigDecimal variance,
		@Nullable BigDecimal variancePercent, boolean alert) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A line checked against its budget and the allowance: any spending on a category without budget alerts. */
	public static ExpenditureLine of(String category, BigDecimal budget, BigDecimal spent,
			VarianceAllowance allowance) {
		BigDecimal variance = spent.subtract(budget);
		BigDecimal limit = budget.multiply(HUNDRED.add(allowance.percent())).divide(HUNDRED, 2, RoundingMode.DOWN);
		BigDecimal percent = (budget.signum() > 0)
				? variance.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP) : null;
		return new ExpenditureLine(category, budget, spent, variance, percent, spent.compareTo(limit) > 0);
	}

}
