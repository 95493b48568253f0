package org.scibureau.funding.allocation.domain;

/**
 * An officer asked to do what another of their acts forbids them: pay out the funds of a project they approved, or
 * confirm a disbursement they requested themselves.
 */
public final class SeparationOfDuties extends RuntimeException {

	private final Conflict conflict;

	public SeparationOfDuties(Conflict conflict) {
		super("Separation of duties: " + conflict);
		this.conflict = conflict;
	}

	public Conflict conflict() {
		return this.conflict;
	}

	/**
	 * Which of the officer's acts stands in the way.
	 */
	public enum Conflict {

		/** The officer approved the project. */
		APPROVED_THE_PROJECT,

		/** The officer requested the disbursement that needs a second officer. */
		REQUESTED_THE_DISBURSEMENT

	}

}
