package org.scibureau.plan.review.domain;

import java.util.List;

/**
 * Where a review stands: ASSIGNED while some assigned expert has not submitted a score sheet, SCORED once every
 * one has, DECIDED once a plan officer approved and rejected its projects. Sheets may be revised until the
 * decision, which is final.
 */
public enum ReviewStatus {

	ASSIGNED(ReviewAction.SCORE, ReviewAction.DECIDE),

	SCORED(ReviewAction.SCORE, ReviewAction.DECIDE),

	DECIDED;

	private final List<ReviewAction> actions;

	ReviewStatus(ReviewAction... actions) {
		this.actions = List.of(actions);
	}

	/** The actions this state allows. */
	public List<ReviewAction> allowedActions() {
		return this.actions;
	}

}
