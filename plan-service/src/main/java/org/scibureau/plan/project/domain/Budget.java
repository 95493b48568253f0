package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.scibureau.platform.domain.RuleViolation;

/**
 * A project's requested budget: its lines, and the total that they add up to.
 *
 * @param lines the budget lines
 */
public record Budget(List<BudgetLine> lines) {

	public Budget {
		lines = List.copyOf(lines);
	}

	/** The total requested: the sum of the lines. */
	public BigDecimal total() {
		return sum((line) -> true);
	}

	/** The direct costs: every line but the indirect one. */
	public BigDecimal directCosts() {
		return sum((line) -> line.category().isDirect());
	}

	/** The indirect costs. */
	public BigDecimal indirectCosts() {
		return sum((line) -> !line.category().isDirect());
	}

	/** The base of the indirect-cost cap: the direct costs less equipment. */
	public BigDecimal indirectCostBase() {
		return sum((line) -> line.category().isDirect() && line.category() != BudgetCategory.EQUIPMENT);
	}

	/**
	 * The rules a budget obeys, each broken one reported with its path under {@code budget}: amounts of zero or
	 * more in whole fen, something requested, at most one indirect line, and indirect costs within their cap.
	 */
	List<RuleViolation> violations(IndirectCostTiers tiers) {
		List<RuleViolation> violations = new ArrayList<>();
		boolean amountsValid = true;
		int indirectIndex = -1;
		for (int i = 0; i < this.lines.size(); i++) {
			BudgetLine line = this.lines.get(i);
			String path = "budget.lines[" + i + "]";
			if (line.amount().signum() < 0) {
				violations.add(new RuleViolation(path + ".amount", "negative"));
				amountsValid = false;
			}
			if (!Money.isCents(line.amount())) {
				violations.add(new RuleViolation(path + ".amount", "money-scale", Money.SCALE));
				amountsValid = false;
			}
			if (!line.category().isDirect()) {
				if (indirectIndex < 0) {
					indirectIndex = i;
				}
				else {
					violations.add(new RuleViolation(path + ".category", "duplicate"));
				}
			}
		}
		if (amountsValid && total().signum() == 0) {
			violations.add(new RuleViolation("budget.lines", "nothing-requested"));
		}
		if (amountsValid && indirectIndex >= 0) {
			BigDecimal cap = tiers.cap(indirectCostBase());
			if (indirectCosts().compareTo(cap) > 0) {
				violations.add(new RuleViolation("budget.lines[" + indirectIndex + "].amount", "indirect-cost-cap", cap,
						indirectCostBase()));
			}
		}
		return violations;
	}

	private BigDecimal sum(Predicate<BudgetLine> included) {
		return this.lines.stream().filter(included).map(BudgetLine::amount).reduce(Money.ZERO, BigDecimal::add);
	}

}
