package org.scibureau.platform.events.funding;

import java.util.List;

import org.scibureau.platform.events.EventType;

/**
 * The event types funding-service publishes.
 */
public final class FundingEvents {

	/** The CloudEvents {@code source} of every funding-service event. */
	public static final String SOURCE = "/scibureau/funding-service";

	public static final EventType<FundsCommitted> FUNDS_COMMITTED = new EventType<>(FundsCommitted.class,
			"org.scibureau.funding.allocation.committed.v1", SOURCE, FundingTopics.ALLOCATION);

	public static final EventType<AllocationRejected> ALLOCATION_REJECTED = new EventType<>(AllocationRejected.class,
			"org.scibureau.funding.allocation.rejected.v1", SOURCE, FundingTopics.ALLOCATION);

	public static final EventType<TrancheDisbursed> TRANCHE_DISBURSED = new EventType<>(TrancheDisbursed.class,
			"org.scibureau.funding.tranche.disbursed.v1", SOURCE, FundingTopics.ALLOCATION);

	public static final EventType<AllocationFrozen> ALLOCATION_FROZEN = new EventType<>(AllocationFrozen.class,
			"org.scibureau.funding.allocation.frozen.v1", SOURCE, FundingTopics.ALLOCATION);

	public static final EventType<FundExhausted> FUND_EXHAUSTED = new EventType<>(FundExhausted.class,
			"org.scibureau.funding.fund.exhausted.v1", SOURCE, FundingTopics.FUND);

	public static final EventType<FinalAccountClosed> FINAL_ACCOUNT_CLOSED = new EventType<>(FinalAccountClosed.class,
			"org.scibureau.funding.final-account.closed.v1", SOURCE, FundingTopics.FUND);

	/** All of them. */
	public static final List<EventType<?>> ALL = List.of(FUNDS_COMMITTED, ALLOCATION_REJECTED, TRANCHE_DISBURSED,
			ALLOCATION_FROZEN, FUND_EXHAUSTED, FINAL_ACCOUNT_CLOSED);

	private FundingEvents() {
	}

}
