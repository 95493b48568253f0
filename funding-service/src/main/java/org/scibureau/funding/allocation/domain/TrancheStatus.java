package org.scibureau.funding.allocation.domain;

import java.util.List;

/**
 * Where a tranche stands, and what a finance officer may do with it there.
 */
public enum TrancheStatus {

	/** Waiting for what releases it: the contract, a milestone's acceptance, the project's acceptance. */
	PLANNED(List.of()),

	/** Due: a finance officer may pay it. */
	RELEASED(List.of(Tranche.DISBURSE)),

	/** Requested by one finance officer; its amount needs a second one to confirm. */
	AWAITING_CONFIRMATION(List.of(Tranche.CONFIRM_DISBURSEMENT)),

	/** Paid out. */
	DISBURSED(List.of()),

	/** Not yet paid, and held while the project is suspended or its investigator sanctioned. */
	FROZEN(List.of()),

	/** Never to be paid: the project was terminated and the amount went back to the fund. */
	RETURNED(List.of());

	private final List<String> allowedActions;

	TrancheStatus(List<String> allowedActions) {
		this.allowedActions = allowedActions;
	}

	/** The actions a finance officer may take on a tranche in this state. */
	public List<String> allowedActions() {
		return this.allowedActions;
	}

}
