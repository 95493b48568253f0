package org.scibureau.plan.review.domain;

/**
 * How far back a project shared with the principal investigator makes an expert ineligible to review (a
 * collaboration conflict): the recusal rule a city sets; the shipped default is 5 years.
 *
 * @param years 0 (no collaboration conflicts) to {@value #MAX_YEARS}
 */
public record CollaborationLookback(int years) {

	/** The longest lookback accepted: the platform's history does not go further back in practice. */
	public static final int MAX_YEARS = 30;

	public CollaborationLookback {
		if (years < 0 || years > MAX_YEARS) {
			throw new IllegalArgumentException("A collaboration lookback is 0 to " + MAX_YEARS + " years: " + years);
		}
	}

}
