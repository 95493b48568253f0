package org.scibureau.plan.project.domain;

import java.util.Locale;

/**
 * The explicit actions on a project, each with the one role that may take it; {@link ProjectStatus} says in which
 * states each is allowed.
 */
public enum ProjectAction {

	/** Change the application's content. */
	EDIT(ProjectRole.APPLICANT),

	/** Remove a draft: it never reached the bureau, so nothing of it is kept (unlike a withdrawal). */
	DELETE(ProjectRole.APPLICANT),

	/** Submit the application while its call is open. */
	SUBMIT(ProjectRole.APPLICANT),

	/** Take back a submitted application before the bureau decides on it. */
	WITHDRAW(ProjectRole.APPLICANT),

	START_FORMAL_CHECK(ProjectRole.PLAN_OFFICER),

	PASS_FORMAL_CHECK(ProjectRole.PLAN_OFFICER),

	RETURN_FOR_CORRECTION(ProjectRole.PLAN_OFFICER),

	REJECT(ProjectRole.PLAN_OFFICER),

	APPROVE(ProjectRole.PLAN_OFFICER),

	/** funding-service committed the approved budget ({@code FundsCommitted}). */
	RECORD_FUNDS_COMMITTED(ProjectRole.FUNDING_SERVICE),

	/** funding-service could not commit the approved budget ({@code AllocationRejected}). */
	RECORD_ALLOCATION_REJECTED(ProjectRole.FUNDING_SERVICE),

	/** Ask funding-service again after a rejected allocation, e.g. once the fund has grown. */
	RESUBMIT_FOR_FUNDING(ProjectRole.PLAN_OFFICER),

	/** Record the signed task contract. */
	CONTRACT(ProjectRole.PLAN_OFFICER),

	/** Report the kick-off of the contracted work. */
	START(ProjectRole.APPLICANT),

	REPORT_MILESTONE(ProjectRole.APPLICANT),

	ACCEPT_MILESTONE(ProjectRole.PLAN_OFFICER),

	MIDTERM_CHECK(ProjectRole.PLAN_OFFICER),

	REQUEST_ACCEPTANCE(ProjectRole.APPLICANT),

	ACCEPT(ProjectRole.PLAN_OFFICER),

	FAIL_ACCEPTANCE(ProjectRole.PLAN_OFFICER),

	CLOSE(ProjectRole.PLAN_OFFICER),

	SUSPEND(ProjectRole.PLAN_OFFICER),

	RESUME(ProjectRole.PLAN_OFFICER),

	TERMINATE(ProjectRole.PLAN_OFFICER);

	private final ProjectRole role;

	private final String actionName;

	ProjectAction(ProjectRole role) {
		this.role = role;
		this.actionName = name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The one role that may take this action. */
	public ProjectRole role() {
		return this.role;
	}

	/**
	 * The action's name as reported in {@code allowedActions} and recorded in the history, e.g.
	 * {@code start-formal-check}.
	 */
	public String actionName() {
		return this.actionName;
	}

}
