package org.scibureau.plan.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.project.domain.ProjectFixtures.FIRST_MILESTONE;
import static org.scibureau.plan.project.domain.ProjectFixtures.PRINCIPAL_INVESTIGATOR;
import static org.scibureau.plan.project.domain.ProjectFixtures.TIERS;
import static org.scibureau.plan.project.domain.ProjectFixtures.line;
import static org.scibureau.plan.project.domain.ProjectFixtures.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.scibureau.platform.domain.RuleViolation;

class ProjectContentTests {

	private static final LocalDate START = LocalDate.of(2026, 7, 1);

	@Test
	void acceptsASoundApplication() {
		assertThat(ProjectFixtures.content().violations(TIERS)).isEmpty();
	}

	@Test
	void reportsEveryBrokenRuleAtOnceWithItsPath() {
		UUID member = UUID.randomUUID();
		ProjectContent content = new ProjectContent(" ", "x".repeat(5001), List.of("ai", "", "ai"),
				PRINCIPAL_INVESTIGATOR, List.of(member, PRINCIPAL_INVESTIGATOR, member), 61, START,
				new Budget(List.of(line(BudgetCategory.EQUIPMENT, "-1.00"), line(BudgetCategory.TRAVEL, "10.005"),
						line(BudgetCategory.INDIRECT, "0.00"), line(BudgetCategory.INDIRECT, "0.00"))),
				List.of(new Milestone(FIRST_MILESTONE, "", START, " "), milestone(FIRST_MILESTONE, START)));

		assertThat(content.violations(TIERS)).extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("title", "required"), tuple("summary", "too-long"),
					tuple("fields[1]", "required"), tuple("fields[2]", "duplicate"),
					tuple("teamMemberIds[1]", "principal-investigator-in-team"),
					tuple("teamMemberIds[2]", "duplicate"), tuple("durationMonths", "out-of-range"),
					tuple("budget.lines[0].amount", "negative"), tuple("budget.lines[1].amount", "money-scale"),
					tuple("budget.lines[3].category", "duplicate"), tuple("milestones[0].title", "required"),
					tuple("milestones[0].deliverable", "required"), tuple("milestones[1].id", "duplicate"));
	}

	@Test
	void givesTheFiguresOfTheExplanation() {
		ProjectContent content = withDuration(0);

		assertThat(content.violations(TIERS)).singleElement()
			.satisfies((violation) -> assertThat(violation.arguments()).containsExactly(1, 60));
	}

	@ParameterizedTest(name = "{0} fields: sound = {1}")
	@CsvSource({ "0, false", "1, true", "10, true", "11, false" })
	void wantsOneToTenFields(int count, boolean sound) {
		List<String> fields = IntStream.range(0, count).mapToObj((i) -> "field-" + i).toList();
		ProjectContent content = new ProjectContent("T", "S", fields, PRINCIPAL_INVESTIGATOR, List.of(), 12, START,
				budget("100.00"), List.of(milestone(FIRST_MILESTONE, START)));

		assertThat(content.violations(TIERS)).extracting(RuleViolation::field)
			.isEqualTo(sound ? List.of() : List.of("fields"));
	}

	@ParameterizedTest(name = "{0} months: sound = {1}")
	@CsvSource({ "0, false", "1, true", "60, true", "61, false" })
	void wantsOneToSixtyMonths(int months, boolean sound) {
		assertThat(withDuration(months).violations(TIERS)).extracting(RuleViolation::field)
			.isEqualTo(sound ? List.of() : List.of("durationMonths"));
	}

	@ParameterizedTest(name = "due {0}: within = {1}")
	@CsvSource({ "2026-06-30, false", "2026-07-01, true", "2028-06-30, true", "2028-07-01, false" })
	void wantsMilestonesDueWithinTheProjectPeriod(LocalDate due, boolean within) {
		ProjectContent content = new ProjectContent("T", "S", List.of("ai"), PRINCIPAL_INVESTIGATOR, List.of(), 24,
				START, budget("100.00"), List.of(milestone(FIRST_MILESTONE, due)));

		assertThat(content.endDate()).isEqualTo(LocalDate.of(2028, 6, 30));
		assertThat(content.violations(TIERS)).extracting(RuleViolation::field, RuleViolation::rule)
			.isEqualTo(within ? List.of() : List.of(tuple("milestones[0].dueDate", "outside-project-period")));
	}

	@Test
	void wantsAtLeastOneMilestone() {
		ProjectContent content = new ProjectContent("T", "S", List.of("ai"), PRINCIPAL_INVESTIGATOR, List.of(), 24,
				START, budget("100.00"), List.of());

		assertThat(content.violations(TIERS)).extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("milestones", "required"));
	}

	@Test
	void wantsSomethingRequested() {
		ProjectContent empty = withBudget(new Budget(List.of()));
		ProjectContent zero = withBudget(budget("0.00"));

		assertThat(empty.violations(TIERS)).extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("budget.lines", "nothing-requested"));
		assertThat(zero.violations(TIERS)).extracting(RuleViolation::rule).containsExactly("nothing-requested");
	}

	@Test
	void addsTheLinesUpToTheTotalRequested() {
		Budget budget = ProjectFixtures.content().budget();

		assertThat(budget.total()).isEqualTo(new BigDecimal("1150000.00"));
		assertThat(budget.directCosts()).isEqualTo(new BigDecimal("1000000.00"));
		assertThat(budget.indirectCosts()).isEqualTo(new BigDecimal("150000.00"));
		assertThat(budget.indirectCostBase()).isEqualTo(new BigDecimal("700000.00"));
	}

	@Test
	void takesAmountsWithUpToTwoSignificantDecimalsAsFen() {
		assertThat(line(BudgetCategory.TRAVEL, "5").amount()).isEqualTo(new BigDecimal("5.00"));
		assertThat(line(BudgetCategory.TRAVEL, "5.000").amount()).isEqualTo(new BigDecimal("5.00"));
		assertThat(line(BudgetCategory.TRAVEL, "5.001").amount()).isEqualTo(new BigDecimal("5.001"));
	}

	@ParameterizedTest(name = "base {0}, indirect {1}: within cap = {2}")
	@CsvSource({ "5000000.00, 1500000.00, true", "5000000.00, 1500000.01, false",
			"5000000.01, 1500000.00, true", "5000000.01, 1500000.01, false",
			"10000000.00, 2750000.00, true", "10000000.00, 2750000.01, false",
			"10000000.01, 2750000.00, true", "10000000.01, 2750000.01, false",
			"12000000.00, 3150000.00, true", "12000000.00, 3150000.01, false",
			"1000000.00, 300000.00, true", "1000000.00, 300000.01, false", "0.00, 0.00, true",
			"0.00, 0.01, false" })
	void capsIndirectCostsByMarginalTiersOfTheBase(BigDecimal base, BigDecimal indirect, boolean withinCap) {
		ProjectContent content = withBudget(new Budget(List.of(line(BudgetCategory.EQUIPMENT, "9000000.00"),
				new BudgetLine(BudgetCategory.PERSONNEL, "", base),
				new BudgetLine(BudgetCategory.INDIRECT, "", indirect))));

		assertThat(content.violations(TIERS)).extracting(RuleViolation::field, RuleViolation::rule)
			.isEqualTo(withinCap ? List.of() : List.of(tuple("budget.lines[2].amount", "indirect-cost-cap")));
	}

	@Test
	void explainsTheIndirectCostCapWithItsFigures() {
		ProjectContent content = withBudget(new Budget(List.of(line(BudgetCategory.MATERIALS, "100000.00"),
				line(BudgetCategory.INDIRECT, "30000.01"))));

		assertThat(content.violations(TIERS)).singleElement()
			.satisfies((violation) -> assertThat(violation.arguments())
				.containsExactly(new BigDecimal("30000.00"), new BigDecimal("100000.00")));
	}

	@Test
	void computesTheCapBracketByBracketRoundingDownToTheFen() {
		assertThat(TIERS.cap(new BigDecimal("0.00"))).isEqualTo(new BigDecimal("0.00"));
		assertThat(TIERS.cap(new BigDecimal("0.03"))).isEqualTo(new BigDecimal("0.00"));
		assertThat(TIERS.cap(new BigDecimal("0.04"))).isEqualTo(new BigDecimal("0.01"));
		assertThat(TIERS.cap(new BigDecimal("7000000.00"))).isEqualTo(new BigDecimal("2000000.00"));
		assertThat(TIERS.cap(new BigDecimal("20000000.00"))).isEqualTo(new BigDecimal("4750000.00"));
	}

	@Test
	void appliesTiersGivenAsData() {
		IndirectCostTiers flat = new IndirectCostTiers(List.of(new IndirectCostTiers.Tier(null, new BigDecimal("50"))));

		assertThat(flat.cap(new BigDecimal("20000000.00"))).isEqualTo(new BigDecimal("10000000.00"));
	}

	@Test
	void refusesTiersThatDoNotCoverEveryBase() {
		IndirectCostTiers.Tier upToFive = new IndirectCostTiers.Tier(new BigDecimal("5000000"), BigDecimal.TEN);
		IndirectCostTiers.Tier open = new IndirectCostTiers.Tier(null, BigDecimal.TEN);

		assertThatIllegalArgumentException().isThrownBy(() -> new IndirectCostTiers(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new IndirectCostTiers(List.of(upToFive)));
		assertThatIllegalArgumentException().isThrownBy(() -> new IndirectCostTiers(List.of(open, open)));
		assertThatIllegalArgumentException().isThrownBy(() -> new IndirectCostTiers(List.of(upToFive, upToFive, open)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IndirectCostTiers.Tier(null, new BigDecimal("100.01")));
		assertThatIllegalArgumentException().isThrownBy(() -> new IndirectCostTiers.Tier(null, new BigDecimal("-1")));
	}

	private static Budget budget(String amount) {
		return new Budget(List.of(line(BudgetCategory.MATERIALS, amount)));
	}

	private static ProjectContent withDuration(int months) {
		return new ProjectContent("T", "S", List.of("ai"), PRINCIPAL_INVESTIGATOR, List.of(), months, START,
				budget("100.00"), List.of(milestone(FIRST_MILESTONE, START)));
	}

	private static ProjectContent withBudget(Budget budget) {
		return new ProjectContent("T", "S", List.of("ai"), PRINCIPAL_INVESTIGATOR, List.of(), 12, START,
				budget, List.of(milestone(FIRST_MILESTONE, START)));
	}

}
