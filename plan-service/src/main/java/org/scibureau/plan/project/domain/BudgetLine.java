package org.scibureau.plan.project.domain;

import java.math.BigDecimal;

/**
 * One line of a requested budget; a category may have several lines (e.g. one per piece of equipment), except
 * {@link BudgetCategory#INDIRECT}.
 *
 * @param category what the money is for
 * @param description what exactly, in the applicant's words (may be empty)
 * @param amount the amount requested, in CNY; two places once valid
 */
public record BudgetLine(BudgetCategory category, String description, BigDecimal amount) {

	public BudgetLine {
		amount = Money.normalised(amount);
	}

}
