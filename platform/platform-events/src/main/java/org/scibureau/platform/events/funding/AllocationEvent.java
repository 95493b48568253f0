package org.scibureau.platform.events.funding;

import java.util.UUID;

import org.scibureau.platform.events.PublishedEvent;

/**
 * The outcome of one request to fund an approved project ({@link FundingTopics#ALLOCATION}), keyed by allocation id.
 * Each funding attempt of a project (its approval, then each re-submission for funding) ends in exactly one of
 * {@link FundsCommitted} or {@link AllocationRejected}.
 */
public sealed interface AllocationEvent extends PublishedEvent permits FundsCommitted, AllocationRejected {

	/** The allocation: one per funding attempt. */
	UUID allocationId();

	/** The project the funds were requested for. */
	UUID projectId();

	/** The project's funding attempt this answers: 1 for the approval, then one more per re-submission. */
	int fundingAttempt();

	@Override
	default UUID aggregateId() {
		return allocationId();
	}

}
