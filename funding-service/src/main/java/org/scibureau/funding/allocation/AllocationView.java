package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.funding.allocation.domain.Tranche;

/**
 * An allocation with where each of its tranches stands.
 *
 * @param id the allocation
 * @param reference e.g. {@code ALC-2026-000001}
 * @param projectId the project
 * @param fundingAttempt the funding attempt it answers
 * @param projectReference the project's reference
 * @param projectTitle its title
 * @param programId its program
 * @param organisationId the applicant organisation
 * @param principalInvestigatorId the principal investigator
 * @param jurisdiction the division owning the project
 * @param fiscalYear the approval's fiscal year
 * @param amount the approved budget
 * @param fundId the fund committed against
 * @param status committed or rejected
 * @param rejectionReason why not, if rejected
 * @param rejectionDetail why not, in words
 * @param frozenReason why its undisbursed tranches are frozen ({@code PROJECT_SUSPENDED},
 * {@code RECIPIENT_SANCTIONED}) or were given back ({@code PROJECT_TERMINATED})
 * @param tranches the tranches, in plan order; none for a rejected allocation
 * @param createdAt when it was decided
 */
record AllocationView(UUID id, String reference, UUID projectId, int fundingAttempt, String projectReference,
		String projectTitle, UUID programId, UUID organisationId, UUID principalInvestigatorId, String jurisdiction,
		int fiscalYear, BigDecimal amount, @Nullable UUID fundId, AllocationStatus status,
		@Nullable String rejectionReason, @Nullable String rejectionDetail, @Nullable String frozenReason,
		List<TrancheView> tranches, Instant createdAt) {

	static AllocationView of(Allocation allocation, List<Tranche> tranches) {
		return new AllocationView(allocation.id(), allocation.reference(), allocation.projectId(),
				allocation.fundingAttempt(), allocation.projectReference(), allocation.projectTitle(),
				allocation.programId(), allocation.organisationId(), allocation.principalInvestigatorId(),
				allocation.jurisdiction(), allocation.fiscalYear(), allocation.amount(), allocation.fundId(),
				allocation.status(), allocation.rejectionReason(), allocation.rejectionDetail(),
				allocation.frozenReason(), tranches.stream().map(TrancheView::of).toList(), allocation.createdAt());
	}

	/** The allocation as an applicant reads it: without the names of the officers who paid it. */
	AllocationView withoutOfficials() {
		return new AllocationView(this.id, this.reference, this.projectId, this.fundingAttempt, this.projectReference,
				this.projectTitle, this.programId, this.organisationId, this.principalInvestigatorId, this.jurisdiction,
				this.fiscalYear, this.amount, this.fundId, this.status, this.rejectionReason, this.rejectionDetail,
				this.frozenReason, this.tranches.stream().map(TrancheView::withoutOfficials).toList(), this.createdAt);
	}

	/**
	 * A tranche as finance officers and auditors read it.
	 *
	 * @param sequence its position, from 1
	 * @param amount its amount
	 * @param trigger what releases it
	 * @param milestoneId the milestone whose acceptance releases it
	 * @param status where it stands
	 * @param allowedActions what a finance officer may do with it now
	 * @param releasedAt when it became due
	 * @param requestedBy who requested a disbursement awaiting confirmation
	 * @param disbursedBy who paid it
	 * @param disbursedAt when
	 * @param paymentReference the treasury's reference
	 */
	record TrancheView(int sequence, BigDecimal amount, String trigger, @Nullable UUID milestoneId, String status,
			List<String> allowedActions, @Nullable Instant releasedAt, @Nullable String requestedBy,
			@Nullable String disbursedBy, @Nullable Instant disbursedAt, @Nullable String paymentReference) {

		TrancheView withoutOfficials() {
			return new TrancheView(this.sequence, this.amount, this.trigger, this.milestoneId, this.status, List.of(),
					this.releasedAt, null, null, this.disbursedAt, this.paymentReference);
		}

		static TrancheView of(Tranche tranche) {
			return new TrancheView(tranche.sequence(), tranche.amount(), tranche.trigger(), tranche.milestoneId(),
					tranche.status().name(), tranche.status().allowedActions(), tranche.releasedAt(),
					tranche.requestedBy(), tranche.disbursedBy(), tranche.disbursedAt(), tranche.paymentReference());
		}

	}

}
