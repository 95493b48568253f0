package org.scibureau.plan.plan.domain;

import java.util.List;

import org.scibureau.platform.domain.IllegalTransition;

/**
 * The life of a plan version: drafted, reviewed, published (then immutable), archived when a published revision
 * supersedes it.
 */
public enum PlanStatus {

	DRAFT(List.of(PlanAction.UPDATE, PlanAction.SUBMIT)),

	UNDER_REVIEW(List.of(PlanAction.PUBLISH, PlanAction.RETURN)),

	PUBLISHED(List.of(PlanAction.REVISE)),

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

	void requireRevisable() {
		require(PlanAction.REVISE);
	}

	/** Archiving follows the publication of a revision; it is not an action anyone takes. */
	PlanStatus archive() {
		if (this != PUBLISHED) {
			throw new IllegalTransition(PlanAction.ARCHIVE, this, this.allowedActions);
		}
		return ARCHIVED;
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
