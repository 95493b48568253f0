package org.scibureau.plan.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scibureau.plan.review.ProjectFacts.ProjectSummary;
import org.scibureau.plan.review.domain.Consensus;
import org.scibureau.plan.review.domain.Consensus.CriterionConsensus;
import org.scibureau.plan.review.domain.ProposedDecision;
import org.scibureau.plan.review.domain.Ranking;
import org.scibureau.plan.review.domain.Ranking.RankedProject;
import org.scibureau.plan.review.domain.Review;

/**
 * A review's scored projects ranked by their consensus, with the approvals proposed within what the program's
 * annual ceiling has left for the fiscal year, and the projects still waiting for sheets.
 *
 * @param reviewId the review
 * @param programId the program
 * @param fiscalYear the fiscal year the ceiling is for
 * @param budgetCeiling the program's annual budget ceiling
 * @param alreadyApproved what the program has approved in the fiscal year so far
 * @param availableCeiling what is left of the ceiling, the bound of the proposals
 * @param ranking the scored projects, best first, each with its consensus and the proposal
 * @param proposedBudget the sum of the budgets proposed for approval
 * @param remainingCeiling what would be left after the proposed approvals
 * @param pending the projects whose sheets are not all in, in id order
 */
record RankingView(UUID reviewId, UUID programId, int fiscalYear, BigDecimal budgetCeiling,
		BigDecimal alreadyApproved, BigDecimal availableCeiling, List<RankedView> ranking, BigDecimal proposedBudget,
		BigDecimal remainingCeiling, List<PendingView> pending) {

	static RankingView of(Review review, int fiscalYear, BigDecimal budgetCeiling, BigDecimal alreadyApproved,
			List<Consensus> consensus, Ranking ranking, Map<UUID, ProjectSummary> summaries) {
		Map<UUID, Consensus> byProject = consensus.stream()
			.collect(Collectors.toMap(Consensus::projectId, Function.identity()));
		List<RankedView> ranked = ranking.projects()
			.stream()
			.map((project) -> RankedView.of(project, byProject.get(project.projectId()),
					summaries.get(project.projectId())))
			.toList();
		List<PendingView> pending = review.projectIds()
			.stream()
			.filter((projectId) -> !review.isScored(projectId))
			.map((projectId) -> new PendingView(projectId, summaries.get(projectId).reference(),
					summaries.get(projectId).title(), review.sheetsIn(projectId), review.reviewersOf(projectId).size()))
			.toList();
		return new RankingView(review.id(), review.programId(), fiscalYear, budgetCeiling, alreadyApproved,
				ranking.budgetCeiling(), ranked, ranking.proposedBudget(), ranking.remainingCeiling(), pending);
	}

	/**
	 * A scored project's place in the ranking.
	 *
	 * @param rank its rank, from 1
	 * @param projectId the project
	 * @param reference its reference
	 * @param title its title
	 * @param requestedAmount the budget it requests, which its approval would commit
	 * @param score its consensus total, 0 to 100
	 * @param proposal what is proposed for it, and why
	 * @param remainingCeiling what is left of the ceiling after this project's proposal
	 * @param criteria the consensus per criterion: the mean, the scores counted and the outliers trimmed, by whom
	 */
	record RankedView(int rank, UUID projectId, String reference, String title, BigDecimal requestedAmount,
			BigDecimal score, ProposedDecision proposal, BigDecimal remainingCeiling,
			List<CriterionConsensus> criteria) {

		static RankedView of(RankedProject project, Consensus consensus, ProjectSummary summary) {
			return new RankedView(project.rank(), project.projectId(), summary.reference(), summary.title(),
					project.budget(), project.score(), project.decision(), project.remainingCeiling(),
					consensus.criteria());
		}

	}

	/**
	 * A project whose sheets are not all in yet.
	 *
	 * @param projectId the project
	 * @param reference its reference
	 * @param title its title
	 * @param sheetsIn how many sheets are in
	 * @param reviewers how many reviewers it has (0 when none could be assigned)
	 */
	record PendingView(UUID projectId, String reference, String title, int sheetsIn, int reviewers) {
	}

}
