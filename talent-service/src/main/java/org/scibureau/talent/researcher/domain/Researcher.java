package org.scibureau.talent.researcher.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A researcher in the talent pool. The id is the talent id that tokens carry as {@code talent_id}; the reference
 * ({@code TAL-2026-000001}) is what officials quote.
 *
 * @param id the talent id
 * @param reference the human reference
 * @param profile what is recorded about the researcher
 * @param version the optimistic-locking version, also the ETag
 * @param createdAt when the researcher was registered
 * @param updatedAt when the profile last changed
 */
public record Researcher(UUID id, String reference, ResearcherProfile profile, long version, Instant createdAt,
		Instant updatedAt) {

	/** The only state a researcher has in its history. */
	public static final String REGISTERED = "REGISTERED";

	public Researcher {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(profile, "profile");
	}

	/** A newly registered researcher. */
	public static Researcher register(UUID id, String reference, ResearcherProfile profile, Instant now) {
		return new Researcher(id, reference, profile, 0, now, now);
	}

	/** The researcher with a corrected or changed profile. */
	public Researcher update(ResearcherProfile newProfile, Instant now) {
		return new Researcher(this.id, this.reference, newProfile, this.version, this.createdAt, now);
	}

}
