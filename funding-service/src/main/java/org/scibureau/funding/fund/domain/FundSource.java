package org.scibureau.funding.fund.domain;

/**
 * Where a fund's money comes from.
 */
public enum FundSource {

	/** The municipal S&amp;T budget. */
	MUNICIPAL_BUDGET,

	/** The municipal natural-science fund. */
	NATURAL_SCIENCE_FUND,

	/** A special fund set up for a purpose, e.g. a major project. */
	SPECIAL_FUND,

	/** A government venture guidance fund. */
	VENTURE_GUIDANCE_FUND

}
