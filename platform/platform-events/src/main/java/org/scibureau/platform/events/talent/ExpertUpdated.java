package org.scibureau.platform.events.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An expert changed their review profile.
 *
 * @param eventId the event's identity
 * @param occurredAt when it happened
 * @param expertId the expert (the researcher's talent id)
 * @param organisationId the employing organisation, if any
 * @param fields the fields the expert reviews in
 * @param conflictOrganisationIds organisations with a declared conflict of interest
 * @param conflictResearcherIds researchers with a declared conflict of interest
 * @param available whether the expert accepts review assignments
 * @param unavailableUntil when an unavailable expert expects to be available again, if known
 * @param jurisdiction the administrative division owning the record
 */
public record ExpertUpdated(UUID eventId, Instant occurredAt, UUID expertId, @Nullable UUID organisationId,
		List<String> fields, List<UUID> conflictOrganisationIds, List<UUID> conflictResearcherIds, boolean available,
		@Nullable LocalDate unavailableUntil, String jurisdiction) implements ExpertEvent {

	public ExpertUpdated {
		fields = List.copyOf(fields);
		conflictOrganisationIds = List.copyOf(conflictOrganisationIds);
		conflictResearcherIds = List.copyOf(conflictResearcherIds);
	}

}
