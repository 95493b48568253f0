package org.scibureau.platform.events.plan;

/**
 * Topics of plan-service's public event streams, one per aggregate, keyed by aggregate id.
 */
public final class PlanTopics {

	/** Plans and their programs. */
	public static final String PLAN = "scibureau.plan.plan.v1";

	/** The registry of applicant organisations. */
	public static final String ORGANISATION = "scibureau.plan.organisation.v1";

	/** Projects, from submission to closure. */
	public static final String PROJECT = "scibureau.plan.project.v1";

	/** Calls for proposals. */
	public static final String CALL = "scibureau.plan.call.v1";

	private PlanTopics() {
	}

}
