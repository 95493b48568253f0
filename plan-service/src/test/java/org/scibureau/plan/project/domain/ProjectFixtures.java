package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The figures projects are built with.
 */
final class ProjectFixtures {

	static final UUID PRINCIPAL_INVESTIGATOR = UUID.fromString("0190f6a0-0000-7000-8000-000000000001");

	static final UUID FIRST_MILESTONE = UUID.fromString("0190f6a0-0000-7000-8000-0000000000a1");

	static final UUID SECOND_MILESTONE = UUID.fromString("0190f6a0-0000-7000-8000-0000000000a2");

	/** The unverified default: 30% of the base up to ¥5M, 25% of the part up to ¥10M, 20% above. */
	static final IndirectCostTiers TIERS = new IndirectCostTiers(List.of(
			new IndirectCostTiers.Tier(new BigDecimal("5000000.00"), new BigDecimal("30")),
			new IndirectCostTiers.Tier(new BigDecimal("10000000.00"), new BigDecimal("25")),
			new IndirectCostTiers.Tier(null, new BigDecimal("20"))));

	static final TrancheSplit FORTY_FORTY_TWENTY = split("40", "40", "20");

	private ProjectFixtures() {
	}

	static TrancheSplit split(String... percents) {
		return new TrancheSplit(Arrays.stream(percents).map(BigDecimal::new).toList());
	}

	static BudgetLine line(BudgetCategory category, String amount) {
		return new BudgetLine(category, "", new BigDecimal(amount));
	}

	static Milestone milestone(UUID id, LocalDate dueDate) {
		return new Milestone(id, "Milestone " + dueDate, dueDate, "Test report");
	}

	/**
	 * A sound application: two years from 1 July 2026, ¥1.15M requested of which ¥150k indirect (the cap on its
	 * ¥700k base is ¥210k), milestones after one year and at the end.
	 */
	static ProjectContent content() {
		return new ProjectContent("Low-cost point-of-care sepsis diagnostics",
				"A microfluidic assay that detects sepsis within an hour at the bedside.", List.of("biomedicine"),
				PRINCIPAL_INVESTIGATOR, List.of(UUID.randomUUID(), UUID.randomUUID()), 24, LocalDate.of(2026, 7, 1),
				new Budget(List.of(line(BudgetCategory.EQUIPMENT, "300000.00"),
						line(BudgetCategory.MATERIALS, "200000.00"), line(BudgetCategory.TESTING, "100000.00"),
						line(BudgetCategory.TRAVEL, "50000.00"), line(BudgetCategory.PUBLICATION, "20000.00"),
						line(BudgetCategory.PERSONNEL, "250000.00"), line(BudgetCategory.OUTSOURCING, "80000.00"),
						line(BudgetCategory.INDIRECT, "150000.00"))),
				List.of(milestone(FIRST_MILESTONE, LocalDate.of(2027, 6, 30)),
						milestone(SECOND_MILESTONE, LocalDate.of(2028, 6, 30))));
	}

}
