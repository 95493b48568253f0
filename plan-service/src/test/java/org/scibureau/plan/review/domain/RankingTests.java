package org.scibureau.plan.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.review.domain.ReviewFixtures.id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.scibureau.plan.review.domain.Ranking.RankedProject;

class RankingTests {

	private static final Instant NINE = Instant.parse("2026-04-01T01:00:00Z");

	@Test
	void proposesApprovalsInRankOrderWhileTheCeilingLasts() {
		List<RankingCandidate> candidates = List.of(candidate(3, "80.00", "30.00"), candidate(1, "90.00", "40.00"),
				candidate(2, "85.00", "50.00"));

		Ranking ranking = Ranking.propose(candidates, new BigDecimal("100.00"), null);

		assertThat(ranking.projects())
			.extracting(RankedProject::rank, RankedProject::projectId, RankedProject::decision,
					RankedProject::remainingCeiling)
			.containsExactly(tuple(1, id(1), ProposedDecision.APPROVE, new BigDecimal("60.00")),
					tuple(2, id(2), ProposedDecision.APPROVE, new BigDecimal("10.00")),
					tuple(3, id(3), ProposedDecision.EXCEEDS_REMAINING_CEILING, new BigDecimal("10.00")));
		assertThat(ranking.remainingCeiling()).isEqualTo(new BigDecimal("10.00"));
		assertThat(ranking.proposedBudget()).isEqualTo(new BigDecimal("90.00"));
	}

	@Test
	void skipsAProjectThatDoesNotFitAndGoesOnWithSmallerOnes() {
		List<RankingCandidate> candidates = List.of(candidate(1, "90.00", "70.00"), candidate(2, "85.00", "40.00"),
				candidate(3, "80.00", "30.00"), candidate(4, "75.00", "0.01"));

		Ranking ranking = Ranking.propose(candidates, new BigDecimal("100.00"), null);

		assertThat(ranking.projects()).extracting(RankedProject::decision)
			.containsExactly(ProposedDecision.APPROVE, ProposedDecision.EXCEEDS_REMAINING_CEILING,
					ProposedDecision.APPROVE, ProposedDecision.EXCEEDS_REMAINING_CEILING);
		assertThat(ranking.proposedApprovals()).extracting(RankedProject::projectId).containsExactly(id(1), id(3));
		assertThat(ranking.remainingCeiling()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void ranksEqualScoresByEarlierSubmissionThenId() {
		List<RankingCandidate> candidates = List.of(
				new RankingCandidate(id(2), NINE.plusSeconds(3600), new BigDecimal("1.00"), new BigDecimal("80.00")),
				new RankingCandidate(id(1), NINE.plusSeconds(3600), new BigDecimal("1.00"), new BigDecimal("80.0")),
				new RankingCandidate(id(3), NINE, new BigDecimal("1.00"), new BigDecimal("80.00")));

		Ranking ranking = Ranking.propose(candidates, new BigDecimal("10.00"), null);

		assertThat(ranking.projects()).extracting(RankedProject::rank, RankedProject::projectId)
			.containsExactly(tuple(1, id(3)), tuple(2, id(1)), tuple(3, id(2)));
	}

	@Test
	void neverProposesAProjectBelowTheMinimumScore() {
		List<RankingCandidate> candidates = List.of(candidate(1, "60.00", "10.00"), candidate(2, "59.99", "10.00"));

		Ranking ranking = Ranking.propose(candidates, new BigDecimal("100.00"), new BigDecimal("60.00"));

		assertThat(ranking.projects()).extracting(RankedProject::projectId, RankedProject::decision)
			.containsExactly(tuple(id(1), ProposedDecision.APPROVE),
					tuple(id(2), ProposedDecision.BELOW_MINIMUM_SCORE));
		assertThat(ranking.remainingCeiling()).isEqualTo(new BigDecimal("90.00"));
	}

	@Test
	void leavesTheWholeCeilingWhenThereIsNothingToRank() {
		Ranking ranking = Ranking.propose(List.of(), new BigDecimal("500000.00"), null);

		assertThat(ranking.projects()).isEmpty();
		assertThat(ranking.remainingCeiling()).isEqualTo(new BigDecimal("500000.00"));
	}

	@Test
	void refusesACandidateTwiceAndACeilingThatIsNotAnAmountInFen() {
		assertThatIllegalArgumentException().isThrownBy(() -> Ranking
			.propose(List.of(candidate(1, "80.00", "1.00"), candidate(1, "70.00", "1.00")), BigDecimal.TEN, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Ranking.propose(List.of(), new BigDecimal("-0.01"), null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Ranking.propose(List.of(), new BigDecimal("100.001"), null));
	}

	@Test
	void refusesBudgetsThatAreNotPositiveAmountsInFen() {
		assertThatIllegalArgumentException().isThrownBy(() -> candidate(1, "80.00", "0.00"));
		assertThatIllegalArgumentException().isThrownBy(() -> candidate(1, "80.00", "1.005"));
	}

	private static RankingCandidate candidate(int project, String score, String budget) {
		return new RankingCandidate(id(project), NINE, new BigDecimal(budget), new BigDecimal(score));
	}

}
