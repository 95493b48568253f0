package org.scibureau.plan.project.domain;

/**
 * Who may take a project's actions: each action belongs to exactly one of these.
 */
public enum ProjectRole {

	/** The applicant organisation's user, acting for the principal investigator. */
	APPLICANT("applicant"),

	/** The bureau's plan officer. */
	PLAN_OFFICER("plan-officer"),

	/** A reviewer: scores assigned projects in the expert review, and takes no action on the project itself. */
	EXPERT("expert"),

	/**
	 * funding-service, whose allocation events ({@code FundsCommitted}, {@code AllocationRejected}) record the
	 * funding outcome; no token carries this role.
	 */
	FUNDING_SERVICE("funding-service");

	private final String roleName;

	ProjectRole(String roleName) {
		this.roleName = roleName;
	}

	/** The role's name: as in the token's {@code roles} claim for the first three. */
	public String roleName() {
		return this.roleName;
	}

}
