package org.scibureau.plan.review.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * An expert of the pool left out of a review as a whole, before conflicts are looked at, and why.
 *
 * @param expertId the expert
 * @param reason why the expert could not review any project on the day the review was opened
 */
public record SetAside(UUID expertId, Reason reason) {

	public SetAside {
		Objects.requireNonNull(expertId, "expertId");
		Objects.requireNonNull(reason, "reason");
	}

	/** Why an expert was left out. */
	public enum Reason {

		/** The expert does not accept reviews on that day. */
		UNAVAILABLE,

		/** An integrity sanction in force bars the expert from reviewing. */
		BARRED_FROM_REVIEWING

	}

}
