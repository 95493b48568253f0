package org.scibureau.plan.review.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A program's reviewed projects ranked by score, with the approvals proposed within its annual budget ceiling.
 * <p>
 * Projects rank by consensus total, highest first; equal totals rank the earlier submission first (first come,
 * first served, as applicants expect), then the smaller id, so every rank is distinct and the order is the same
 * for the same candidates. Approvals are proposed in rank order while the budgets approved so far stay within the
 * ceiling: a project whose budget exceeds what is left is skipped, and lower-ranked, smaller projects may still
 * fit after it. A project scoring below the optional minimum is never proposed.
 *
 * @param budgetCeiling the program's annual budget ceiling
 * @param minimumScore the score below which a project is never proposed, if the program sets one
 * @param projects the projects in rank order, each with its proposed decision
 * @param remainingCeiling what is left of the ceiling after the proposed approvals
 */
public record Ranking(BigDecimal budgetCeiling, @Nullable BigDecimal minimumScore, List<RankedProject> projects,
		BigDecimal remainingCeiling) {

	private static final Comparator<RankingCandidate> RANK_ORDER = Comparator
		.comparing(RankingCandidate::score, Comparator.reverseOrder())
		.thenComparing(RankingCandidate::submittedAt)
		.thenComparing(RankingCandidate::projectId);

	public Ranking {
		projects = List.copyOf(projects);
	}

	/**
	 * Ranks a program's candidates and proposes approvals within its ceiling.
	 * @param candidates the program's reviewed projects; ids must be distinct
	 * @param budgetCeiling the program's annual budget ceiling, in CNY with two decimals
	 * @param minimumScore the score below which a project is never proposed, or {@code null} for none
	 * @return the ranking
	 */
	public static Ranking propose(List<RankingCandidate> candidates, BigDecimal budgetCeiling,
			@Nullable BigDecimal minimumScore) {
		if (budgetCeiling.signum() < 0 || budgetCeiling.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException(
					"A budget ceiling must be a non-negative amount in fen: " + budgetCeiling);
		}
		Set<UUID> ids = new HashSet<>();
		candidates.forEach((candidate) -> {
			if (!ids.add(candidate.projectId())) {
				throw new IllegalArgumentException("Project " + candidate.projectId() + " is a candidate twice");
			}
		});
		BigDecimal ceiling = budgetCeiling.setScale(2, RoundingMode.UNNECESSARY);
		BigDecimal remaining = ceiling;
		List<RankedProject> ranked = new ArrayList<>();
		for (RankingCandidate candidate : candidates.stream().sorted(RANK_ORDER).toList()) {
			ProposedDecision decision;
			if (minimumScore != null && candidate.score().compareTo(minimumScore) < 0) {
				decision = ProposedDecision.BELOW_MINIMUM_SCORE;
			}
			else if (candidate.budget().compareTo(remaining) > 0) {
				decision = ProposedDecision.EXCEEDS_REMAINING_CEILING;
			}
			else {
				decision = ProposedDecision.APPROVE;
				remaining = remaining.subtract(candidate.budget());
			}
			ranked.add(new RankedProject(ranked.size() + 1, candidate.projectId(), candidate.score(),
					candidate.budget(), decision, remaining));
		}
		return new Ranking(ceiling, minimumScore, ranked, remaining);
	}

	/** The projects proposed for approval, in rank order. */
	public List<RankedProject> proposedApprovals() {
		return this.projects.stream().filter((project) -> project.decision() == ProposedDecision.APPROVE).toList();
	}

	/** The sum of the budgets proposed for approval. */
	public BigDecimal proposedBudget() {
		return this.budgetCeiling.subtract(this.remainingCeiling);
	}

	/**
	 * One project's place in the ranking.
	 *
	 * @param rank its rank, from 1
	 * @param projectId the project
	 * @param score its consensus total
	 * @param budget the amount its approval would commit
	 * @param decision what is proposed for it, and why
	 * @param remainingCeiling what is left of the ceiling after this project's decision (for a skipped project, the
	 * amount it did not fit in)
	 */
	public record RankedProject(int rank, UUID projectId, BigDecimal score, BigDecimal budget,
			ProposedDecision decision, BigDecimal remainingCeiling) {

		public RankedProject {
			Objects.requireNonNull(projectId, "projectId");
			Objects.requireNonNull(decision, "decision");
		}

	}

}
