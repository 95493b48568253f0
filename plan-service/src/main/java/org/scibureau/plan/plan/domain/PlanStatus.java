package org.scibureau.plan.plan.domain;

import java.util.List;

import org.scibureau.plan.lifecycle.IllegalTransition;

/**
 * The life of a plan: drafted, reviewed, published (then immutable), eventually archived when superseded.
 */
public enum PlanStatus {

	DRAFT(List.of(PlanAction.UPDATE, PlanAction.SUBMIT)),

	UNDER_REVIEW(List.of(PlanAction.PUBLISH, PlanAction.RETURN)),

	PUBLISHED(List.of()),

	ARCHIVED(List.of());

	private final List<String> allowedActions;

	PlanStatus(List<String> allowedActions) {
		this.allowedActions = allowedActions;
	}

	/** The actions this state allows, by name. */
	public List<String> allowedActions() {
		return this.allowedActions;
	}

	/** Only a draft may change. */
	void requireEditable() {
		require(PlanAction.UPDATE);
	}

	PlanStatus submit() {
		require(PlanAction.SUBMIT);
		return UNDER_REVIEW;
	}

	PlanStatus publish() {
		require(PlanAction.PUBLISH);
		return PUBLISHED;
	}

	PlanStatus returnForRevision() {
		require(PlanAction.RETURN);
		return DRAFT;
	}

	private void require(String action) {
		if (!this.allowedActions.contains(action)) {
			throw new IllegalTransition(action, this, this.allowedActions);
		}
	}

}
