package org.scibureau.plan.call.domain;

/**
 * The names of the actions on a call, as reported in {@code allowedActions} and recorded in its history.
 */
public final class CallAction {

	public static final String CREATE = "create";

	public static final String OPEN = "open";

	public static final String CLOSE = "close";

	public static final String CHANGE_ELIGIBILITY_RULES = "change-eligibility-rules";

	private CallAction() {
	}

}
