package org.scibureau.talent.researcher.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A researcher's profile in the review pool: an expert is a researcher, so the expert id is the researcher's
 * talent id, and the organisation and jurisdiction are the researcher's.
 *
 * @param id the researcher's talent id
 * @param profile the review profile
 * @param version the optimistic-locking version, also the ETag
 * @param createdAt when the researcher joined the review pool
 * @param updatedAt when the review profile last changed
 */
public record Expert(UUID id, ExpertProfile profile, long version, Instant createdAt, Instant updatedAt) {

	public Expert {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(profile, "profile");
	}

	/** Researcher {@code researcherId} joins the review pool. */
	public static Expert register(UUID researcherId, ExpertProfile profile, Instant now) {
		return new Expert(researcherId, profile, 0, now, now);
	}

	/** The expert with a review profile changed by a talent officer. */
	public Expert update(ExpertProfile newProfile, Instant now) {
		return new Expert(this.id, newProfile, this.version, this.createdAt, now);
	}

	/**
	 * Whether the expert may make this change themselves: they manage their availability and declared conflicts,
	 * while their review fields are the bureau's to decide.
	 */
	public boolean isSelfServiceChange(ExpertProfile requested) {
		return this.profile.sameReviewFieldsAs(requested);
	}

	/** The expert with the availability and declared conflicts they gave themselves. */
	public Expert updateBySelf(ExpertProfile requested, Instant now) {
		return update(this.profile.withAvailabilityAndConflictsOf(requested), now);
	}

	/** The state the history records: {@code AVAILABLE} or {@code UNAVAILABLE}. */
	public String status() {
		return this.profile.available() ? "AVAILABLE" : "UNAVAILABLE";
	}

}
