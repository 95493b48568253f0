package org.scibureau.plan.plan.domain;

/**
 * The names of the actions on a plan, as reported in {@code allowedActions} and recorded in its history.
 */
public final class PlanAction {

	public static final String CREATE = "create";

	public static final String UPDATE = "update";

	public static final String SUBMIT = "submit";

	public static final String RETURN = "return";

	public static final String PUBLISH = "publish";

	public static final String REVISE = "revise";

	public static final String ARCHIVE = "archive";

	private PlanAction() {
	}

}
