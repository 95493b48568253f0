package org.scibureau.platform.events.talent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A researcher was registered in the talent pool.
 *
 * @param eventId the event's identity
 * @param occurredAt when it happened
 * @param researcherId the researcher (talent id)
 * @param orcid the ORCID iD, if any
 * @param organisationId the employing organisation, if any
 * @param fields research fields
 * @param jurisdiction the administrative division owning the record
 */
public record ResearcherRegistered(UUID eventId, Instant occurredAt, UUID researcherId, @Nullable String orcid,
		@Nullable UUID organisationId, List<String> fields, String jurisdiction) implements ResearcherEvent {

	public ResearcherRegistered {
		fields = List.copyOf(fields);
	}

}
