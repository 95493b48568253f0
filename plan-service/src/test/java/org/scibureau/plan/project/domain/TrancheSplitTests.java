package org.scibureau.plan.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.project.domain.ProjectFixtures.FORTY_FORTY_TWENTY;
import static org.scibureau.plan.project.domain.ProjectFixtures.milestone;
import static org.scibureau.plan.project.domain.ProjectFixtures.split;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TrancheSplitTests {

	private static final Milestone FIRST = milestone(UUID.randomUUID(), LocalDate.of(2026, 12, 31));

	private static final Milestone SECOND = milestone(UUID.randomUUID(), LocalDate.of(2027, 6, 30));

	private static final Milestone THIRD = milestone(UUID.randomUUID(), LocalDate.of(2027, 12, 31));

	@Test
	void paysFortyOnContractFortyOnTheMilestoneAndTwentyOnAcceptance() {
		List<Tranche> tranches = FORTY_FORTY_TWENTY.plan(new BigDecimal("1000000.00"), List.of(FIRST));

		assertThat(tranches)
			.extracting(Tranche::sequence, Tranche::amount, Tranche::trigger, Tranche::milestoneId)
			.containsExactly(tuple(1, new BigDecimal("400000.00"), TrancheTrigger.CONTRACT_SIGNED, null),
					tuple(2, new BigDecimal("400000.00"), TrancheTrigger.MILESTONE_ACCEPTED, FIRST.id()),
					tuple(3, new BigDecimal("200000.00"), TrancheTrigger.PROJECT_ACCEPTED, null));
	}

	@Test
	void putsTheRoundingRemainderOnTheLastTranche() {
		assertThat(amounts(FORTY_FORTY_TWENTY.plan(new BigDecimal("100.01"), List.of(FIRST))))
			.containsExactly(new BigDecimal("40.00"), new BigDecimal("40.00"), new BigDecimal("20.01"));
		assertThat(amounts(FORTY_FORTY_TWENTY.plan(new BigDecimal("1.99"), List.of(FIRST))))
			.containsExactly(new BigDecimal("0.79"), new BigDecimal("0.79"), new BigDecimal("0.41"));
		assertThat(amounts(FORTY_FORTY_TWENTY.plan(new BigDecimal("0.01"), List.of(FIRST))))
			.containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.01"));
		assertThat(amounts(split("33.33", "33.33", "33.34").plan(new BigDecimal("1000000.01"), List.of(FIRST))))
			.containsExactly(new BigDecimal("333300.00"), new BigDecimal("333300.00"), new BigDecimal("333400.01"));
	}

	@Test
	void givesTheMiddleTrancheToTheMiddleMilestoneWhenThereAreMoreMilestones() {
		assertThat(milestonesReleasing(FORTY_FORTY_TWENTY, List.of(FIRST, SECOND))).containsExactly(FIRST.id());
		assertThat(milestonesReleasing(FORTY_FORTY_TWENTY, List.of(FIRST, SECOND, THIRD))).containsExactly(SECOND.id());
	}

	@Test
	void givesOneMiddleTrancheToEachMilestoneWhenTheCountsMatch() {
		assertThat(milestonesReleasing(split("30", "30", "30", "10"), List.of(FIRST, SECOND)))
			.containsExactly(FIRST.id(), SECOND.id());
	}

	@Test
	void mergesMiddleTranchesWhenThereAreFewerMilestones() {
		List<Tranche> one = split("20", "20", "20", "20", "20").plan(new BigDecimal("1000.00"), List.of(FIRST));
		List<Tranche> two = split("20", "20", "20", "20", "20").plan(new BigDecimal("1000.00"), List.of(FIRST, SECOND));

		assertThat(one).extracting(Tranche::amount, Tranche::milestoneId)
			.containsExactly(tuple(new BigDecimal("200.00"), null), tuple(new BigDecimal("600.00"), FIRST.id()),
					tuple(new BigDecimal("200.00"), null));
		assertThat(two).extracting(Tranche::amount, Tranche::milestoneId)
			.containsExactly(tuple(new BigDecimal("200.00"), null), tuple(new BigDecimal("400.00"), FIRST.id()),
					tuple(new BigDecimal("200.00"), SECOND.id()), tuple(new BigDecimal("200.00"), null));
	}

	@Test
	void ordersMilestonesByDueDateNotByListing() {
		assertThat(milestonesReleasing(split("25", "25", "25", "25"), List.of(THIRD, FIRST, SECOND)))
			.containsExactly(FIRST.id(), SECOND.id());
	}

	@Test
	void ignoresMilestonesWithATwoShareSplit() {
		assertThat(split("60", "40").plan(new BigDecimal("500.00"), List.of()))
			.extracting(Tranche::amount, Tranche::trigger)
			.containsExactly(tuple(new BigDecimal("300.00"), TrancheTrigger.CONTRACT_SIGNED),
					tuple(new BigDecimal("200.00"), TrancheTrigger.PROJECT_ACCEPTED));
	}

	@Test
	void refusesSplitsThatDoNotPayOutExactlyOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> split("100"));
		assertThatIllegalArgumentException().isThrownBy(() -> split("40", "40", "10"));
		assertThatIllegalArgumentException().isThrownBy(() -> split("50", "50.01", "-0.01"));
		assertThatIllegalArgumentException().isThrownBy(() -> split("100", "0"));
	}

	@Test
	void refusesBudgetsItCannotPayOut() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FORTY_FORTY_TWENTY.plan(new BigDecimal("0.00"), List.of(FIRST)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FORTY_FORTY_TWENTY.plan(new BigDecimal("1.001"), List.of(FIRST)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FORTY_FORTY_TWENTY.plan(new BigDecimal("100.00"), List.of()));
	}

	@Test
	void namesAMilestoneExactlyForMilestoneTranches() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Tranche(1, BigDecimal.ONE, TrancheTrigger.MILESTONE_ACCEPTED, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Tranche(1, BigDecimal.ONE, TrancheTrigger.CONTRACT_SIGNED, FIRST.id()));
	}

	private static List<BigDecimal> amounts(List<Tranche> tranches) {
		return tranches.stream().map(Tranche::amount).toList();
	}

	private static List<UUID> milestonesReleasing(TrancheSplit split, List<Milestone> milestones) {
		return split.plan(new BigDecimal("1000.00"), milestones)
			.stream()
			.filter((tranche) -> tranche.trigger() == TrancheTrigger.MILESTONE_ACCEPTED)
			.map(Tranche::milestoneId)
			.toList();
	}

}
