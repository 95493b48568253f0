package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Projects in every situation of their life, and the figures they are built with.
 */
final class ProjectFixtures {

	/** 10:00 on 2 March 2026 in Asia/Shanghai. */
	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static final UUID PRINCIPAL_INVESTIGATOR = UUID.fromString("0190f6a0-0000-7000-8000-000000000001");

	static final UUID FIRST_MILESTONE = UUID.fromString("0190f6a0-0000-7000-8000-0000000000a1");

	static final UUID SECOND_MILESTONE = UUID.fromString("0190f6a0-0000-7000-8000-0000000000a2");

	static final UUID ALLOCATION = UUID.fromString("0190f6a0-0000-7000-8000-0000000000f1");

	/** The unverified default: 30% of the base up to ¥5M, 25% of the part up to ¥10M, 20% above. */
	static final IndirectCostTiers TIERS = new IndirectCostTiers(List.of(
			new IndirectCostTiers.Tier(new BigDecimal("5000000.00"), new BigDecimal("30")),
			new IndirectCostTiers.Tier(new BigDecimal("10000000.00"), new BigDecimal("25")),
			new IndirectCostTiers.Tier(null, new BigDecimal("20"))));

	static final TrancheSplit FORTY_FORTY_TWENTY = split("40", "40", "20");

	static final BigDecimal APPROVED_BUDGET = new BigDecimal("1000000.00");

	/** A mid-term check from the planned start on, never required: the timing rules are tested on their own. */
	static final MidtermCheckTiming ANY_TIME = new MidtermCheckTiming(0, 61);

	/** The planned start of {@link #content()}, 1 July 2026 in Asia/Shanghai, when a mid-term check may be held. */
	static final Instant PLANNED_START = Instant.parse("2026-06-30T16:00:00Z");

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

	static Project draft() {
		return Project.draft(UUID.randomUUID(), "PRJ-2026-000001", UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), "510100", content(), NOW);
	}

	static Project submitted() {
		return draft().submit(true, List.of(), TIERS, NOW);
	}

	static Project formalCheck() {
		return submitted().startFormalCheck(NOW);
	}

	static Project returned() {
		return formalCheck().returnForCorrection("The budget justification is missing", NOW);
	}

	static Project withdrawn() {
		return submitted().withdraw(null, NOW);
	}

	static Project expertReview() {
		return formalCheck().passFormalCheck(NOW);
	}

	static Project rejected() {
		return expertReview().reject("Ranked below the program's ceiling", NOW);
	}

	/** Approved, funding attempt 1 awaiting funding-service. */
	static Project approved() {
		return expertReview().approve(APPROVED_BUDGET, 2026, FORTY_FORTY_TWENTY, "planner", NOW);
	}

	static Project funded() {
		return approved().recordFundsCommitted(ALLOCATION, 1, NOW);
	}

	static Project fundingRejected() {
		return approved().recordAllocationRejected(ALLOCATION, 1, "INSUFFICIENT_FUNDS",
				"The 2026 fund has ¥200,000.00 left", NOW);
	}

	static Project contracted() {
		return funded().contract("HT-2026-0042", TODAY, 0, NOW);
	}

	/** Under way: the first milestone accepted, the second reported and awaiting acceptance. */
	static Project inProgress() {
		return contracted().start(NOW)
			.reportMilestone(FIRST_MILESTONE, "Assay prototype built", NOW)
			.acceptMilestone(FIRST_MILESTONE, NOW)
			.reportMilestone(SECOND_MILESTONE, "Clinical validation done", NOW);
	}

	/** Checked at mid-term, with milestones as {@link #inProgress()}. */
	static Project midtermChecked() {
		return inProgress().midtermCheck(MidtermCheck.Result.PASSED, "", ANY_TIME, PLANNED_START);
	}

	static Project acceptanceRequested() {
		return inProgress().acceptMilestone(SECOND_MILESTONE, NOW).requestAcceptance(ANY_TIME, NOW);
	}

	static Project accepted() {
		return acceptanceRequested().accept(NOW);
	}

	static Project failedAcceptance() {
		return acceptanceRequested().failAcceptance("The validation cohort was too small", NOW);
	}

	static Project closed() {
		return accepted().close(NOW);
	}

	/** Suspended while in progress. */
	static Project suspended() {
		return inProgress().suspend("Integrity investigation of the principal investigator", NOW);
	}

	static Project terminated() {
		return inProgress().terminate("Integrity sanction of the principal investigator", NOW);
	}

}
