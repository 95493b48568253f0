package org.scibureau.plan.review.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reviewed project of a program, as the ranking sees it.
 *
 * @param projectId the project
 * @param submittedAt when it was submitted, which breaks ties of score
 * @param budget the amount its approval would commit, in CNY with two decimals, positive
 * @param score its consensus total
 */
public record RankingCandidate(UUID projectId, Instant submittedAt, BigDecimal budget, BigDecimal score) {

	public RankingCandidate {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(submittedAt, "submittedAt");
		Objects.requireNonNull(score, "score");
		if (budget.signum() <= 0 || budget.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("A project's budget must be a positive amount in fen: " + budget);
		}
		budget = budget.setScale(2, RoundingMode.UNNECESSARY);
	}

}
