package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.events.LineBudget;
import org.scibureau.platform.events.Tranche;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.plan.ProjectFundingRequested;

/**
 * What plan-service asks funding-service to commit: an approval, or a re-submission for funding after a rejection.
 *
 * @param projectId the project
 * @param fundingAttempt the attempt
 * @param projectReference its reference
 * @param projectTitle its title
 * @param programId its program
 * @param organisationId the applicant organisation
 * @param principalInvestigatorId the principal investigator
 * @param jurisdiction the division owning it
 * @param fiscalYear the approval's fiscal year
 * @param amount the approved budget
 * @param tranches the tranche plan
 * @param approvedBy the approving officer, if known
 * @param lineBudgets what the project may spend per budget category, if known
 * @param requestedAt when plan-service asked
 */
record AllocationRequest(UUID projectId, int fundingAttempt, String projectReference, String projectTitle,
		UUID programId, UUID organisationId, UUID principalInvestigatorId, String jurisdiction, int fiscalYear,
		BigDecimal amount, List<Tranche> tranches, @Nullable String approvedBy, @Nullable List<LineBudget> lineBudgets,
		Instant requestedAt) {

	static AllocationRequest of(ProjectApproved approved) {
		return new AllocationRequest(approved.projectId(), approved.fundingAttempt(), approved.reference(),
				approved.title(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), approved.fiscalYear(), approved.approvedAmount(), approved.tranches(),
				approved.approvedBy(), approved.lineBudgets(), approved.occurredAt());
	}

	/** A re-submission names neither title, approver nor line budgets: those of the first attempt stand. */
	static AllocationRequest of(ProjectFundingRequested requested, String title, @Nullable String approvedBy,
			@Nullable List<LineBudget> lineBudgets) {
		return new AllocationRequest(requested.projectId(), requested.fundingAttempt(), requested.reference(), title,
				requested.programId(), requested.organisationId(), requested.principalInvestigatorId(),
				requested.jurisdiction(), requested.fiscalYear(), requested.approvedAmount(), requested.tranches(),
				approvedBy, lineBudgets, requested.occurredAt());
	}

}
