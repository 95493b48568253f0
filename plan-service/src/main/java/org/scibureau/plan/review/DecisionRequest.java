package org.scibureau.plan.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of deciding a review: the projects approved, with their budgets; every other project of the review is
 * rejected with the reason.
 *
 * @param fiscalYear the fiscal year the approved budgets are committed in
 * @param approvals the projects to approve (none to reject them all)
 * @param rejectionReason why the other projects are rejected; required when any is
 */
record DecisionRequest(@NotNull @Min(2000) @Max(2100) Integer fiscalYear,
		@NotNull @Size(max = 1000) List<@Valid @NotNull ApprovalRequest> approvals,
		@Nullable @Size(max = 2000) String rejectionReason) {

	/**
	 * One approval.
	 *
	 * @param projectId the project
	 * @param approvedBudget the budget approved, CNY with at most two decimals, at most the requested amount
	 */
	record ApprovalRequest(@NotNull UUID projectId,
			@NotNull @Digits(integer = 16, fraction = 2) BigDecimal approvedBudget) {
	}

}
