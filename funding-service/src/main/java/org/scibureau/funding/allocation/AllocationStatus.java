package org.scibureau.funding.allocation;

/**
 * Where an allocation stands.
 */
public enum AllocationStatus {

	/** The approved budget is committed against the fund; the project may be contracted. */
	COMMITTED,

	/** Committed, but its undisbursed tranches are frozen until the project resumes. */
	SUSPENDED,

	/** The project was terminated: its undisbursed tranches went back to the fund. */
	TERMINATED,

	/** The project was closed: what it never drew went back to the fund. */
	CLOSED,

	/** The budget could not be committed; the reason says why. */
	REJECTED

}
