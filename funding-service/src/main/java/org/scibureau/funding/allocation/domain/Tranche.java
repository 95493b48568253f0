package org.scibureau.funding.allocation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.domain.IllegalTransition;

/**
 * One tranche of a committed allocation: released by what the tranche plan names, then paid out by a finance
 * officer who did not approve the project, and confirmed by a second one when the amount is above the threshold in
 * force.
 *
 * @param allocationId the allocation
 * @param sequence its position in the plan, from 1
 * @param amount its amount, in CNY
 * @param trigger what releases it: {@code CONTRACT_SIGNED}, {@code MILESTONE_ACCEPTED} or {@code PROJECT_ACCEPTED}
 * @param milestoneId the milestone whose acceptance releases it
 * @param status where it stands
 * @param releasedAt when it became due
 * @param requestedBy the officer who requested a disbursement that needs confirmation
 * @param requestedAt when
 * @param disbursedBy the officer who paid it (the confirming officer when two were needed)
 * @param disbursedAt when
 * @param paymentReference the treasury's reference of the payment
 */
public record Tranche(UUID allocationId, int sequence, BigDecimal amount, String trigger, @Nullable UUID milestoneId,
		TrancheStatus status, @Nullable Instant releasedAt, @Nullable String requestedBy, @Nullable Instant requestedAt,
		@Nullable String disbursedBy, @Nullable Instant disbursedAt, @Nullable String paymentReference) {

	/** Paying a released tranche out. */
	public static final String DISBURSE = "disburse";

	/** Confirming a disbursement another officer requested. */
	public static final String CONFIRM_DISBURSEMENT = "confirm-disbursement";

	/** A tranche of a new commitment, waiting for its trigger. */
	public static Tranche planned(UUID allocationId, int sequence, BigDecimal amount, String trigger,
			@Nullable UUID milestoneId) {
		return new Tranche(allocationId, sequence, amount, trigger, milestoneId, TrancheStatus.PLANNED, null, null,
				null, null, null, null);
	}

	/** The tranche, due; one already released stays as it is. */
	public Tranche release(Instant now) {
		if (this.status != TrancheStatus.PLANNED) {
			return this;
		}
		return new Tranche(this.allocationId, this.sequence, this.amount, this.trigger, this.milestoneId,
				TrancheStatus.RELEASED, now, null, null, null, null, null);
	}

	/**
	 * A finance officer pays the tranche out, or requests it when the amount needs a second officer.
	 * @param officer the officer (the token's subject)
	 * @param approvedBy who approved the project, if known
	 * @param paymentReference the treasury's reference
	 * @param confirmationAbove amounts above this need a second officer
	 * @throws IllegalTransition unless the tranche is released
	 * @throws SeparationOfDuties if the officer approved the project
	 */
	public Tranche requestDisbursement(String officer, @Nullable String approvedBy, String paymentReference,
			BigDecimal confirmationAbove, Instant now) {
		require(DISBURSE);
		if (officer.equals(approvedBy)) {
			throw new SeparationOfDuties(SeparationOfDuties.Conflict.APPROVED_THE_PROJECT);
		}
		if (this.amount.compareTo(confirmationAbove) > 0) {
			return new Tranche(this.allocationId, this.sequence, this.amount, this.trigger, this.milestoneId,
					TrancheStatus.AWAITING_CONFIRMATION, this.releasedAt, officer, now, null, null, paymentReference);
		}
		return new Tranche(this.allocationId, this.sequence, this.amount, this.trigger, this.milestoneId,
				TrancheStatus.DISBURSED, this.releasedAt, null, null, officer, now, paymentReference);
	}

	/**
	 * A second finance officer confirms a requested disbursement, which pays the tranche out.
	 * @throws IllegalTransition unless a disbursement awaits confirmation
	 * @throws SeparationOfDuties if the officer requested it or approved the project
	 */
	public Tranche confirmDisbursement(String officer, @Nullable String approvedBy, Instant now) {
		require(CONFIRM_DISBURSEMENT);
		if (officer.equals(this.requestedBy)) {
			throw new SeparationOfDuties(SeparationOfDuties.Conflict.REQUESTED_THE_DISBURSEMENT);
		}
		if (officer.equals(approvedBy)) {
			throw new SeparationOfDuties(SeparationOfDuties.Conflict.APPROVED_THE_PROJECT);
		}
		return new Tranche(this.allocationId, this.sequence, this.amount, this.trigger, this.milestoneId,
				TrancheStatus.DISBURSED, this.releasedAt, this.requestedBy, this.requestedAt, officer, now,
				this.paymentReference);
	}

	private void require(String action) {
		if (!this.status.allowedActions().contains(action)) {
			throw new IllegalTransition(action, this.status, this.status.allowedActions());
		}
	}

}
