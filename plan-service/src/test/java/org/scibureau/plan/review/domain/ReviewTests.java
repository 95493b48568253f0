package org.scibureau.plan.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.review.domain.ReviewCriteriaTests.CRITERIA;
import static org.scibureau.plan.review.domain.ReviewFixtures.id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.scibureau.plan.review.domain.AssignmentPlan.Assignment;
import org.scibureau.plan.review.domain.AssignmentPlan.ProjectAssignment;
import org.scibureau.plan.review.domain.AssignmentPlan.Shortfall;
import org.scibureau.plan.review.domain.AssignmentPlan.ShortfallReason;
import org.scibureau.plan.review.domain.Decision.ApprovedBudget;
import org.scibureau.platform.domain.IllegalTransition;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;

class ReviewTests {

	private static final Instant OPENED = Instant.parse("2026-11-02T02:00:00Z");

	private static final Instant LATER = OPENED.plusSeconds(3600);

	private static final UUID FIRST = id(1);

	private static final UUID SECOND = id(2);

	private static final UUID UNREVIEWED = id(3);

	private static final UUID ALICE = id(11);

	private static final UUID BOB = id(12);

	private static final BigDecimal CEILING = new BigDecimal("100.00");

	@Test
	void opensAssignedWithoutSheets() {
		Review review = review();

		assertThat(review.status()).isEqualTo(ReviewStatus.ASSIGNED);
		assertThat(review.status().allowedActions()).containsExactly(ReviewAction.SCORE, ReviewAction.DECIDE);
		assertThat(review.projectIds()).containsExactly(FIRST, SECOND, UNREVIEWED);
		assertThat(review.reviewersOf(FIRST)).containsExactly(ALICE, BOB);
		assertThat(review.isAssigned(SECOND, BOB)).isFalse();
		assertThat(review.sheetsIn(FIRST)).isZero();
		assertThat(review.isScored(FIRST)).isFalse();
		assertThat(review.consensus(Consensus.DEFAULT_TRIM_THRESHOLD)).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Review.open(id(9), id(90), id(91), id(92), "510100", CRITERIA, 5,
					new AssignmentPlan(2, 2, List.of()), List.of(), OPENED))
			.withMessageContaining("at least one project");
	}

	@Test
	void becomesScoredWithTheLastSheetOfEveryAssignedExpert() {
		Review review = review().score(sheet(FIRST, ALICE, 80), "Strong team", LATER);
		assertThat(review.status()).isEqualTo(ReviewStatus.ASSIGNED);
		assertThat(review.sheetsIn(FIRST)).isEqualTo(1);
		assertThat(review.sheetOf(FIRST, ALICE)).get()
			.extracting(SubmittedSheet::comment, SubmittedSheet::submittedAt)
			.containsExactly("Strong team", LATER);

		review = review.score(sheet(FIRST, BOB, 60), " ", LATER).score(sheet(SECOND, ALICE, 70), null, LATER);

		assertThat(review.status()).isEqualTo(ReviewStatus.SCORED);
		assertThat(review.isScored(FIRST)).isTrue();
		assertThat(review.isScored(UNREVIEWED)).isFalse();
		assertThat(review.sheetOf(FIRST, BOB).orElseThrow().comment()).isNull();
		assertThat(review.consensus(Consensus.DEFAULT_TRIM_THRESHOLD))
			.extracting(Consensus::projectId, Consensus::total)
			.containsExactly(tuple(FIRST, new BigDecimal("70.00")), tuple(SECOND, new BigDecimal("70.00")));
	}

	@Test
	void revisesASheetInsteadOfAddingOne() {
		Review review = review().score(sheet(FIRST, ALICE, 80), null, OPENED)
			.score(sheet(FIRST, ALICE, 40), "On second thought", LATER);

		assertThat(review.sheets()).hasSize(1);
		assertThat(review.sheetOf(FIRST, ALICE).orElseThrow().sheet().scores()).containsEntry("innovation", 40);
		assertThat(review.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void refusesASheetThatBreaksTheCriteriaWithEveryProblem() {
		ScoreSheet broken = new ScoreSheet(FIRST, ALICE, Map.of("innovation", 101, "team", 50, "budget", 50,
				"novelty", 10));

		assertThatThrownBy(() -> review().score(broken, null, LATER)).isInstanceOfSatisfying(RulesViolated.class,
				(refused) -> assertThat(refused.violations()).extracting(RuleViolation::field, RuleViolation::rule)
					.containsExactly(tuple("scores.innovation", "score-out-of-range"),
							tuple("scores.feasibility", "score-missing"),
							tuple("scores.novelty", "unknown-criterion")));
	}

	@Test
	void refusesASheetOfAnExpertNotAssignedToTheProject() {
		assertThatIllegalArgumentException().isThrownBy(() -> review().score(sheet(SECOND, BOB, 50), null, LATER))
			.withMessageContaining("not assigned");
	}

	@Test
	void decidesApprovingScoredProjectsWithinTheCeilingAndRejectingTheOthers() {
		Review review = scored();
		List<ApprovedBudget> approvals = List.of(new ApprovedBudget(FIRST, new BigDecimal("60.00")));

		Review decided = review.decide(2026, approvals, "Ranked below the line", CEILING, new BigDecimal("40.00"),
				LATER);

		assertThat(decided.status()).isEqualTo(ReviewStatus.DECIDED);
		assertThat(decided.status().allowedActions()).isEmpty();
		assertThat(decided.decision())
			.isEqualTo(new Decision(2026, approvals, "Ranked below the line", LATER));
		assertThatThrownBy(() -> decided.decide(2026, approvals, "Again", CEILING, BigDecimal.ZERO, LATER))
			.isInstanceOfSatisfying(IllegalTransition.class, (refused) -> {
				assertThat(refused.currentState()).isEqualTo("DECIDED");
				assertThat(refused.allowedActions()).isEmpty();
			});
		assertThatThrownBy(() -> decided.score(sheet(FIRST, ALICE, 90), null, LATER))
			.isInstanceOf(IllegalTransition.class);
	}

	@Test
	void keepsNoRejectionReasonWhenEveryProjectIsApproved() {
		Review review = review(List.of(project(FIRST, ALICE))).score(sheet(FIRST, ALICE, 90), null, LATER);

		Review decided = review.decide(2026, List.of(new ApprovedBudget(FIRST, new BigDecimal("10.00"))), "Unused",
				CEILING, BigDecimal.ZERO, LATER);

		assertThat(decided.decision().rejectionReason()).isNull();
	}

	@Test
	void reportsEveryBrokenRuleOfADecision() {
		Review review = review().score(sheet(FIRST, ALICE, 80), null, LATER);
		List<ApprovedBudget> approvals = List.of(approve(id(99), "10.00"), approve(SECOND, "10.00"),
				approve(SECOND, "10.00"), approve(FIRST, "50.00"));

		List<RuleViolation> violations = review.decisionViolations(approvals, " ", CEILING, new BigDecimal("20.01"));

		assertThat(violations).extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("approvals[0].projectId", "not-in-review"),
					tuple("approvals[1].projectId", "sheets-missing"), tuple("approvals[2].projectId", "duplicate"),
					tuple("approvals[3].projectId", "sheets-missing"), tuple("approvals", "exceeds-program-ceiling"),
					tuple("rejectionReason", "required"));
		assertThat(violations.get(1).arguments()).containsExactly(0, 1);
		assertThat(violations.get(3).arguments()).containsExactly(1, 2);
		assertThat(violations.get(4).arguments()).containsExactly(new BigDecimal("80.00"), new BigDecimal("20.01"),
				CEILING);
		assertThatThrownBy(() -> review.decide(2026, approvals, null, CEILING, BigDecimal.ZERO, LATER))
			.isInstanceOf(RulesViolated.class);
	}

	@Test
	void allowsApprovalsThatFillTheCeilingExactly() {
		List<ApprovedBudget> approvals = List.of(new ApprovedBudget(FIRST, new BigDecimal("60.00")),
				new ApprovedBudget(SECOND, new BigDecimal("0.01")));

		assertThat(scored().decisionViolations(approvals, "Below the line", CEILING, new BigDecimal("39.99")))
			.isEmpty();
		assertThat(scored().decisionViolations(approvals, "Below the line", CEILING, new BigDecimal("40.00")))
			.extracting(RuleViolation::rule)
			.containsExactly("exceeds-program-ceiling");
	}

	@Test
	void neverScoresAProjectThatGotNoReviewer() {
		Review review = scored();

		assertThat(review.reviewersOf(UNREVIEWED)).isEmpty();
		assertThat(review.isScored(UNREVIEWED)).isFalse();
		assertThat(review.decisionViolations(List.of(new ApprovedBudget(UNREVIEWED, BigDecimal.ONE)), "Not reviewed",
				CEILING, BigDecimal.ZERO))
			.extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("approvals[0].projectId", "sheets-missing"));
	}

	/** A review whose every assigned expert has submitted a sheet. */
	private static Review scored() {
		return review().score(sheet(FIRST, ALICE, 80), null, LATER)
			.score(sheet(FIRST, BOB, 60), null, LATER)
			.score(sheet(SECOND, ALICE, 70), null, LATER);
	}

	/** FIRST reviewed by Alice and Bob, SECOND by Alice, UNREVIEWED by nobody: no expert was eligible. */
	private static Review review() {
		return review(List.of(project(FIRST, ALICE, BOB), project(SECOND, ALICE),
				new ProjectAssignment(UNREVIEWED, List.of(), List.of(), 0,
						new Shortfall(2, ShortfallReason.TOO_FEW_ELIGIBLE_EXPERTS))));
	}

	private static Review review(List<ProjectAssignment> projects) {
		return Review.open(id(9), id(90), id(91), id(92), "510100", CRITERIA, 5, new AssignmentPlan(2, 2, projects),
				List.of(new SetAside(id(19), SetAside.Reason.UNAVAILABLE)), OPENED);
	}

	private static ProjectAssignment project(UUID projectId, UUID... reviewers) {
		return new ProjectAssignment(projectId, List.of(reviewers)
			.stream()
			.map((expertId) -> new Assignment(expertId, new FieldMatch(List.of("oncology"), List.of())))
			.toList(), List.of(), reviewers.length, null);
	}

	private static ApprovedBudget approve(UUID projectId, String budget) {
		return new ApprovedBudget(projectId, new BigDecimal(budget));
	}

	/** The same score on every criterion. */
	private static ScoreSheet sheet(UUID projectId, UUID expertId, int score) {
		return new ScoreSheet(projectId, expertId,
				Map.of("innovation", score, "feasibility", score, "team", score, "budget", score));
	}

}
