package org.scibureau.platform.events.funding;

/**
 * Topics of funding-service's public event streams, one per aggregate, keyed by aggregate id.
 */
public final class FundingTopics {

	/** Allocations of funds to approved projects. */
	public static final String ALLOCATION = "scibureau.funding.allocation.v1";

	/** Funds: exhaustion and the closing of their final accounts. */
	public static final String FUND = "scibureau.funding.fund.v1";

	private FundingTopics() {
	}

}
