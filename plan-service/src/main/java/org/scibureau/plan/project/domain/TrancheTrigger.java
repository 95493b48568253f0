package org.scibureau.plan.project.domain;

/**
 * What releases a tranche; the names are those of {@code FundsCommitted.Tranche.trigger} in platform-events.
 */
public enum TrancheTrigger {

	/** The task contract is recorded. */
	CONTRACT_SIGNED,

	/** The tranche's milestone is accepted. */
	MILESTONE_ACCEPTED,

	/** The project is accepted. */
	PROJECT_ACCEPTED

}
