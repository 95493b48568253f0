package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

	/**
	 * What the project may spend per category once approved for a total: the requested lines of each category,
	 * scaled to the total and rounded down to the fen; the largest category takes what rounding left, so the amounts
	 * add up to exactly the total.
	 * @param approved the approved total, positive, at most what was requested
	 * @return the amounts in category order, categories without lines left out
	 */
	public Map<BudgetCategory, BigDecimal> scaledTo(BigDecimal approved) {
		BigDecimal requested = total();
		Map<BudgetCategory, BigDecimal> scaled = new EnumMap<>(BudgetCategory.class);
		for (BudgetCategory category : BudgetCategory.values()) {
			BigDecimal inCategory = sum((line) -> line.category() == category);
			if (inCategory.signum() > 0) {
				scaled.put(category, inCategory.multiply(approved).divide(requested, Money.SCALE, RoundingMode.DOWN));
			}
		}
		BigDecimal left = approved.subtract(scaled.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		scaled.entrySet().stream().max(Map.Entry.comparingByValue())
			.ifPresent((largest) -> largest.setValue(largest.getValue().add(left)));
		return scaled;
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
