package org.scibureau.plan.review.domain;

/**
 * What may be done to a review once it is open; each state of {@link ReviewStatus} allows some of them.
 */
public enum ReviewAction {

	/** An assigned expert submits or revises a score sheet. */
	SCORE("score"),

	/** A plan officer approves some of the review's projects and rejects the others. */
	DECIDE("decide");

	private final String actionName;

	ReviewAction(String actionName) {
		this.actionName = actionName;
	}

	/** The action's name in the API and the history, e.g. {@code decide}. */
	public String actionName() {
		return this.actionName;
	}

}
