package org.scibureau.plan.review.domain;

/**
 * What the ranking proposes for a project, and why.
 */
public enum ProposedDecision {

	/** Approve: it ranks high enough and its budget fits within what is left of the ceiling. */
	APPROVE,

	/** Do not approve: its budget exceeds what is left of the ceiling when its turn comes. */
	EXCEEDS_REMAINING_CEILING,

	/** Do not approve: its score is below the program's minimum. */
	BELOW_MINIMUM_SCORE

}
