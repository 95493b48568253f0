package org.scibureau.funding.allocation;

/**
 * Where an allocation stands.
 */
public enum AllocationStatus {

	/** The approved budget is committed against the fund; the project may be contracted. */
	COMMITTED,

	/** The budget could not be committed; the reason says why. */
	REJECTED

}
