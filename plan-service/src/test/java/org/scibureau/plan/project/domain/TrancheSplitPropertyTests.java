package org.scibureau.plan.project.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The tranche plan pays out exactly the approved budget, whatever the amount, the split and the milestones.
 */
class TrancheSplitPropertyTests {

	private static final LocalDate START = LocalDate.of(2026, 7, 1);

	@Property(tries = 1000, seed = "20260302")
	void paysOutExactlyTheBudgetInWholeFen(@ForAll("budgets") BigDecimal budget, @ForAll("splits") TrancheSplit split,
			@ForAll("milestones") List<Milestone> milestones) {
		List<Tranche> tranches = split.plan(budget, milestones);

		assertThat(tranches.stream().map(Tranche::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(budget);
		assertThat(tranches).allSatisfy((tranche) -> {
			assertThat(tranche.amount().scale()).isEqualTo(2);
			assertThat(tranche.amount().signum()).isNotNegative();
		});
	}

	@Property(tries = 1000, seed = "20260302")
	void releasesTheMiddleTranchesOnDistinctMilestonesInDueOrder(@ForAll("budgets") BigDecimal budget,
			@ForAll("splits") TrancheSplit split, @ForAll("milestones") List<Milestone> milestones) {
		List<Tranche> tranches = split.plan(budget, milestones);
		List<UUID> dueOrder = milestones.stream()
			.sorted(Comparator.comparing(Milestone::dueDate))
			.map(Milestone::id)
			.toList();
		List<UUID> releasing = tranches.subList(1, tranches.size() - 1).stream().map(Tranche::milestoneId).toList();

		assertThat(tranches.get(0).trigger()).isEqualTo(TrancheTrigger.CONTRACT_SIGNED);
		assertThat(tranches.get(tranches.size() - 1).trigger()).isEqualTo(TrancheTrigger.PROJECT_ACCEPTED);
		assertThat(tranches).extracting(Tranche::sequence)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, tranches.size()).boxed().toList());
		assertThat(releasing).doesNotHaveDuplicates().isSubsetOf(dueOrder)
			.isSortedAccordingTo(Comparator.comparing(dueOrder::indexOf));
		assertThat(releasing).hasSize(Math.min(split.percents().size() - 2, milestones.size()));
	}

	@Property(tries = 1000, seed = "20260302")
	void roundsEachTrancheButTheLastDownToItsShare(@ForAll("budgets") BigDecimal budget,
			@ForAll("splits") TrancheSplit split) {
		List<Tranche> tranches = split.plan(budget, List.of(new Milestone(UUID.randomUUID(), "M", START, "D")));
		BigDecimal firstShare = budget.multiply(split.percents().get(0)).divide(BigDecimal.valueOf(100));

		assertThat(tranches.get(0).amount()).isEqualTo(firstShare.setScale(2, RoundingMode.DOWN));
		assertThat(firstShare.subtract(tranches.get(0).amount())).isLessThan(new BigDecimal("0.01"));
	}

	@Provide
	Arbitrary<BigDecimal> budgets() {
		return Arbitraries.bigDecimals()
			.between(new BigDecimal("0.01"), new BigDecimal("99999999999.99"))
			.ofScale(2)
			.edgeCases((edges) -> edges.add(new BigDecimal("0.01"), new BigDecimal("0.03"), new BigDecimal("100.01")));
	}

	/** Two to seven shares, each a positive number of hundredths of a percent, adding up to 100. */
	@Provide
	Arbitrary<TrancheSplit> splits() {
		return Arbitraries.integers().between(1, 9999).set().ofMinSize(1).ofMaxSize(6).map((cuts) -> {
			List<Integer> points = new ArrayList<>(cuts);
			points.add(0);
			points.add(10000);
			points.sort(Comparator.naturalOrder());
			List<BigDecimal> percents = new ArrayList<>();
			for (int i = 1; i < points.size(); i++) {
				percents.add(BigDecimal.valueOf(points.get(i) - points.get(i - 1), 2));
			}
			return new TrancheSplit(percents);
		});
	}

	/** One to eight milestones within five years, due dates possibly shared. */
	@Provide
	Arbitrary<List<Milestone>> milestones() {
		return Arbitraries.integers()
			.between(0, 5 * 365)
			.map((days) -> new Milestone(UUID.randomUUID(), "M", START.plusDays(days), "D"))
			.list()
			.ofMinSize(1)
			.ofMaxSize(8);
	}

}
