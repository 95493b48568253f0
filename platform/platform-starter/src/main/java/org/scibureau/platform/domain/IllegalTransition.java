package org.scibureau.platform.domain;

import java.util.List;

/**
 * An action that an aggregate's current state does not allow; answered as 409 naming the state and the actions
 * it allows.
 */
public final class IllegalTransition extends RuntimeException {

	private final String action;

	private final String currentState;

	private final List<String> allowedActions;

	public IllegalTransition(String action, Enum<?> currentState, List<String> allowedActions) {
		super("Action '" + action + "' is not allowed in state " + currentState.name());
		this.action = action;
		this.currentState = currentState.name();
		this.allowedActions = List.copyOf(allowedActions);
	}

	/** The refused action. */
	public String action() {
		return this.action;
	}

	/** The state that refused it. */
	public String currentState() {
		return this.currentState;
	}

	/** The actions the state allows. */
	public List<String> allowedActions() {
		return this.allowedActions;
	}

}
