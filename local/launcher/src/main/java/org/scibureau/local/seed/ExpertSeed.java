package org.scibureau.local.seed;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A demo expert: a demo researcher with a review profile, under the researcher's id.
 *
 * @param key the researcher's key in the demo directory, part of its idempotency key
 * @param researcherId the researcher, which is also the expert's id and identifies it when seeding runs again
 * @param name the researcher's name, for messages
 * @param reviewFields the fields it reviews in
 * @param conflictOrganisationIds organisations it declared a conflict of interest with
 * @param conflictResearcherIds researchers it declared a conflict of interest with
 * @param available whether it accepts review assignments
 * @param unavailableUntil when an unavailable expert expects to be back, if known
 */
public record ExpertSeed(String key, UUID researcherId, String name, List<String> reviewFields,
		List<UUID> conflictOrganisationIds, List<UUID> conflictResearcherIds, boolean available,
		@Nullable LocalDate unavailableUntil) {

	public ExpertSeed {
		reviewFields = List.copyOf(reviewFields);
		conflictOrganisationIds = List.copyOf(conflictOrganisationIds);
		conflictResearcherIds = List.copyOf(conflictResearcherIds);
	}

	/** The body of {@code POST /api/talent/experts}. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("researcherId", this.researcherId.toString());
		body.put("reviewFields", this.reviewFields);
		body.put("conflictOrganisationIds", this.conflictOrganisationIds.stream().map(UUID::toString).toList());
		body.put("conflictResearcherIds", this.conflictResearcherIds.stream().map(UUID::toString).toList());
		body.put("available", this.available);
		if (this.unavailableUntil != null) {
			body.put("unavailableUntil", this.unavailableUntil.toString());
		}
		return body;
	}

}
