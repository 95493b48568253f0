package org.scibureau.plan.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.review.domain.ReviewFixtures.id;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.domain.RuleViolation;

class ReviewCriteriaTests {

	static final ReviewCriteria CRITERIA = new ReviewCriteria(List.of(new Criterion("innovation", 30),
			new Criterion("feasibility", 30), new Criterion("team", 20), new Criterion("budget", 20)));

	@Test
	void acceptsCriteriaWhoseWeightsSumToOneHundred() {
		assertThat(CRITERIA.criteria()).extracting(Criterion::code)
			.containsExactly("innovation", "feasibility", "team", "budget");
	}

	@Test
	void reportsEveryBrokenRuleOfASetOfCriteria() {
		List<Criterion> broken = List.of(new Criterion("innovation", 30), new Criterion("innovation", 30),
				new Criterion(" ", 0), new Criterion("team", -5));

		List<RuleViolation> violations = ReviewCriteria.violations(broken);

		assertThat(violations).extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("criteria[1].code", "duplicate"), tuple("criteria[2].code", "blank"),
					tuple("criteria[2].weight", "weight-not-positive"),
					tuple("criteria[3].weight", "weight-not-positive"),
					tuple("criteria", "weights-sum"));
		assertThat(violations.getLast().arguments()).containsExactly(55, 100);
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewCriteria(broken))
			.withMessageContaining("weights-sum");
	}

	@Test
	void requiresAtLeastOneCriterion() {
		assertThat(ReviewCriteria.violations(List.of())).extracting(RuleViolation::rule).containsExactly("empty");
	}

	@Test
	void acceptsAFullSheetIncludingTheBoundsOfTheScale() {
		ScoreSheet sheet = new ScoreSheet(id(1), id(10),
				Map.of("innovation", 0, "feasibility", 100, "team", 50, "budget", 75));

		assertThat(CRITERIA.violationsOf(sheet)).isEmpty();
	}

	@Test
	void reportsEveryBrokenRuleOfAScoreSheet() {
		ScoreSheet sheet = new ScoreSheet(id(1), id(10), Map.of("innovation", 101, "team", -1, "budget", 70,
				"impact", 80));

		List<RuleViolation> violations = CRITERIA.violationsOf(sheet);

		assertThat(violations).extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("scores.innovation", "score-out-of-range"),
					tuple("scores.feasibility", "score-missing"), tuple("scores.team", "score-out-of-range"),
					tuple("scores.impact", "unknown-criterion"));
		assertThat(violations.getFirst().arguments()).containsExactly(101, 0, 100);
	}

}
