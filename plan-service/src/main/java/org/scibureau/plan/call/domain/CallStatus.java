package org.scibureau.plan.call.domain;

import java.util.List;

import org.scibureau.platform.domain.IllegalTransition;

/**
 * The life of a call for proposals: scheduled (its eligibility rules may still change), open for submissions,
 * closed, reviewed.
 */
public enum CallStatus {

	SCHEDULED(List.of(CallAction.OPEN, CallAction.CHANGE_ELIGIBILITY_RULES)),

	OPEN(List.of(CallAction.CLOSE)),

	CLOSED(List.of()),

	REVIEWED(List.of());

	private final List<String> allowedActions;

	CallStatus(List<String> allowedActions) {
		this.allowedActions = allowedActions;
	}

	/** The actions this state allows, by name. */
	public List<String> allowedActions() {
		return this.allowedActions;
	}

	CallStatus open() {
		require(CallAction.OPEN);
		return OPEN;
	}

	CallStatus close() {
		require(CallAction.CLOSE);
		return CLOSED;
	}

	CallStatus changeEligibilityRules() {
		require(CallAction.CHANGE_ELIGIBILITY_RULES);
		return this;
	}

	private void require(String action) {
		if (!this.allowedActions.contains(action)) {
			throw new IllegalTransition(action, this, this.allowedActions);
		}
	}

}
