package org.scibureau.plan.review.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The bureau's decision on a review: the projects approved with their budgets; every other project is rejected.
 *
 * @param fiscalYear the fiscal year the approved budgets are committed in
 * @param approvals the approved projects, in the order the officer listed them
 * @param rejectionReason the reason given to the rejected projects, or {@code null} when every project was approved
 * @param decidedAt when the decision was taken
 */
public record Decision(int fiscalYear, List<ApprovedBudget> approvals, @Nullable String rejectionReason,
		Instant decidedAt) {

	public Decision {
		approvals = List.copyOf(approvals);
		Objects.requireNonNull(decidedAt, "decidedAt");
	}

	/**
	 * One approved project.
	 *
	 * @param projectId the project
	 * @param budget the budget approved for it, in CNY
	 */
	public record ApprovedBudget(UUID projectId, BigDecimal budget) {

		public ApprovedBudget {
			Objects.requireNonNull(projectId, "projectId");
			Objects.requireNonNull(budget, "budget");
		}

	}

}
