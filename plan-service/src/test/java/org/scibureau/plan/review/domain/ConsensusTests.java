package org.scibureau.plan.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.review.domain.ReviewCriteriaTests.CRITERIA;
import static org.scibureau.plan.review.domain.ReviewFixtures.id;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scibureau.plan.review.domain.Consensus.CriterionConsensus;
import org.scibureau.plan.review.domain.Consensus.ExpertScore;

class ConsensusTests {

	private static final int DEFAULT = Consensus.DEFAULT_TRIM_THRESHOLD;

	@Test
	void averagesEveryScoreBelowTheTrimThreshold() {
		List<ScoreSheet> sheets = List.of(sheet(1, 80, 60, 90, 50), sheet(2, 90, 70, 90, 60), sheet(3, 70, 80, 90, 70),
				sheet(4, 85, 75, 91, 81));

		Consensus consensus = Consensus.of(CRITERIA, sheets, DEFAULT);

		assertThat(consensus.projectId()).isEqualTo(id(1));
		assertThat(consensus.criteria())
			.extracting(CriterionConsensus::criterion, CriterionConsensus::mean, CriterionConsensus::scoresCounted,
					CriterionConsensus::trimmedLowest, CriterionConsensus::trimmedHighest)
			.containsExactly(tuple("innovation", new BigDecimal("81.25"), 4, null, null),
					tuple("feasibility", new BigDecimal("71.25"), 4, null, null),
					tuple("team", new BigDecimal("90.25"), 4, null, null),
					tuple("budget", new BigDecimal("65.25"), 4, null, null));
		assertThat(consensus.total()).isEqualTo(new BigDecimal("76.85"));
	}

	@Test
	void dropsTheSingleLowestAndHighestScoreFromTheThresholdAndSaysWhose() {
		List<ScoreSheet> sheets = List.of(sheet(1, 80, 70, 80, 60), sheet(2, 90, 70, 80, 60), sheet(3, 70, 70, 80, 60),
				sheet(4, 85, 70, 80, 60), sheet(5, 10, 70, 80, 60));

		Consensus consensus = Consensus.of(CRITERIA, sheets, DEFAULT);

		CriterionConsensus innovation = consensus.criteria().getFirst();
		assertThat(innovation.mean()).isEqualTo(new BigDecimal("78.33"));
		assertThat(innovation.scoresCounted()).isEqualTo(3);
		assertThat(innovation.trimmedLowest()).isEqualTo(new ExpertScore(id(5), 10));
		assertThat(innovation.trimmedHighest()).isEqualTo(new ExpertScore(id(2), 90));
		CriterionConsensus feasibility = consensus.criteria().get(1);
		assertThat(feasibility.mean()).isEqualTo(new BigDecimal("70.00"));
		assertThat(feasibility.trimmedLowest()).isEqualTo(new ExpertScore(id(1), 70));
		assertThat(feasibility.trimmedHighest()).isEqualTo(new ExpertScore(id(5), 70));
		assertThat(consensus.total()).isEqualTo(new BigDecimal("72.50"));
	}

	@Test
	void takesTheTrimThresholdFromTheRules() {
		List<ScoreSheet> sheets = List.of(sheet(1, 50, 50, 50, 50), sheet(2, 60, 60, 60, 60),
				sheet(3, 100, 100, 100, 100));

		assertThat(Consensus.of(CRITERIA, sheets, 3).total()).isEqualTo(new BigDecimal("60.00"));
		assertThat(Consensus.of(CRITERIA, sheets, 4).total()).isEqualTo(new BigDecimal("70.00"));
	}

	@Test
	void roundsMeansAndTotalHalfUpToTwoDecimals() {
		List<ScoreSheet> sheets = new ArrayList<>();
		for (int expert = 1; expert <= 7; expert++) {
			sheets.add(sheet(expert, 80, 80, 80, 80));
		}
		sheets.add(sheet(8, 85, 80, 80, 80));

		Consensus consensus = Consensus.of(CRITERIA, sheets, 10);

		assertThat(consensus.criteria().getFirst().mean()).isEqualTo(new BigDecimal("80.63"));
		assertThat(consensus.total()).isEqualTo(new BigDecimal("80.19"));
	}

	@Test
	void refusesAnInvalidScoreSheetNamingTheBrokenRules() {
		ScoreSheet incomplete = new ScoreSheet(id(1), id(2), Map.of("innovation", 80));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> Consensus.of(CRITERIA, List.of(sheet(1, 80, 80, 80, 80), incomplete), DEFAULT))
			.withMessageContaining("scores.feasibility score-missing");
	}

	@Test
	void refusesSheetsOfSeveralProjectsOrTwoFromOneExpert() {
		ScoreSheet otherProject = new ScoreSheet(id(2), id(2), sheet(2, 80, 80, 80, 80).scores());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> Consensus.of(CRITERIA, List.of(sheet(1, 80, 80, 80, 80), otherProject), DEFAULT));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Consensus.of(CRITERIA, List.of(sheet(1, 80, 80, 80, 80), sheet(1, 70, 70, 70, 70)), DEFAULT));
	}

	@Test
	void refusesNoSheetsAndAThresholdThatWouldTrimEverything() {
		assertThatIllegalArgumentException().isThrownBy(() -> Consensus.of(CRITERIA, List.of(), DEFAULT));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Consensus.of(CRITERIA, List.of(sheet(1, 80, 80, 80, 80)), 2));
	}

	/** Expert {@code expert}'s sheet for project 1. */
	private static ScoreSheet sheet(int expert, int innovation, int feasibility, int team, int budget) {
		return new ScoreSheet(id(1), id(expert),
				Map.of("innovation", innovation, "feasibility", feasibility, "team", team, "budget", budget));
	}

}
