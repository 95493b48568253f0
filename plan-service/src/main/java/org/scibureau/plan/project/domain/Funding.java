package org.scibureau.plan.project.domain;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where an approved project's funding stands: the current attempt to have funding-service commit the approved
 * budget, and its outcome. The approval is attempt 1; each re-submission for funding after a rejection is the
 * next one.
 *
 * @param attempt the current funding attempt, from 1
 * @param outcome the attempt's outcome so far
 * @param allocationId funding-service's allocation that answered the attempt, once answered
 * @param rejectionReason why the allocation was rejected, e.g. {@code INSUFFICIENT_FUNDS}, if it was
 * @param rejectionDetail the reason in words, for the officer and the applicant, if it was rejected
 */
public record Funding(int attempt, Outcome outcome, @Nullable UUID allocationId, @Nullable String rejectionReason,
		@Nullable String rejectionDetail) {

	public Funding {
		if (attempt < 1) {
			throw new IllegalArgumentException("Funding attempts count from 1");
		}
		if ((outcome == Outcome.REQUESTED) != (allocationId == null)) {
			throw new IllegalArgumentException("Exactly an answered attempt names its allocation");
		}
		if ((outcome == Outcome.REJECTED) != (rejectionReason != null)) {
			throw new IllegalArgumentException("Exactly a rejected attempt has a reason");
		}
	}

	/** The first request, made by the approval. */
	static Funding firstRequest() {
		return new Funding(1, Outcome.REQUESTED, null, null, null);
	}

	/** Whether funds are committed, so that the contract may be recorded. */
	public boolean fundsCommitted() {
		return this.outcome == Outcome.COMMITTED;
	}

	Funding committed(UUID allocation) {
		return new Funding(this.attempt, Outcome.COMMITTED, Objects.requireNonNull(allocation), null, null);
	}

	Funding rejected(UUID allocation, String reason, String detail) {
		return new Funding(this.attempt, Outcome.REJECTED, Objects.requireNonNull(allocation), reason, detail);
	}

	Funding nextRequest() {
		return new Funding(this.attempt + 1, Outcome.REQUESTED, null, null, null);
	}

	/** The outcome of a funding attempt. */
	public enum Outcome {

		/** Awaiting funding-service's answer. */
		REQUESTED,

		/** The budget is committed against a fund. */
		COMMITTED,

		/** No fund could commit it; a plan officer may re-submit. */
		REJECTED

	}

}
