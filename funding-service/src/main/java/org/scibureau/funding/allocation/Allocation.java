package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.events.LineBudget;
import org.scibureau.platform.events.Tranche;

/**
 * The answer to one funding attempt of an approved project: its budget committed against the fund of its program
 * and approval year, or the reason it was not.
 *
 * @param id the allocation
 * @param reference the officials' reference, e.g. {@code ALC-2026-000001}
 * @param projectId the project
 * @param fundingAttempt the attempt it answers: 1 for the approval, one more per re-submission
 * @param projectReference the project's reference
 * @param projectTitle the project's title
 * @param programId the program
 * @param organisationId the applicant organisation
 * @param principalInvestigatorId the principal investigator
 * @param jurisdiction the division owning the project
 * @param fiscalYear the approval's fiscal year
 * @param amount the approved budget, in CNY
 * @param fundId the fund committed against; null when none was
 * @param status committed or rejected
 * @param rejectionReason {@code NO_FUND}, {@code INSUFFICIENT_FUNDS} or {@code RECIPIENT_SANCTIONED}
 * @param rejectionDetail the reason in words
 * @param tranches the tranche plan of the approval
 * @param approvedBy the officer who approved the project, who never pays out its funds; null if not known
 * @param frozenReason why its undisbursed tranches are frozen or were given back, when they are
 * @param lineBudgets what the project may spend per budget category; null for approvals that did not say
 * @param version its version
 * @param createdAt when it was decided
 * @param updatedAt when it last changed
 */
public record Allocation(UUID id, String reference, UUID projectId, int fundingAttempt, String projectReference,
		String projectTitle, UUID programId, UUID organisationId, UUID principalInvestigatorId, String jurisdiction,
		int fiscalYear, BigDecimal amount, @Nullable UUID fundId, AllocationStatus status,
		@Nullable String rejectionReason, @Nullable String rejectionDetail, List<Tranche> tranches,
		@Nullable String approvedBy, @Nullable String frozenReason, @Nullable List<LineBudget> lineBudgets,
		long version, Instant createdAt, Instant updatedAt) {

	public Allocation {
		tranches = List.copyOf(tranches);
		lineBudgets = (lineBudgets != null) ? List.copyOf(lineBudgets) : null;
	}

}
