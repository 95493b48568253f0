package org.scibureau.platform.events.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * An applicant organisation was registered in the registry.
 *
 * @param eventId the event's identity
 * @param occurredAt when it was registered
 * @param organisationId the organisation
 * @param creditCode its unified social credit code (18 characters)
 * @param name its registered name
 * @param type {@code UNIVERSITY}, {@code RESEARCH_INSTITUTE}, {@code ENTERPRISE}, {@code HOSPITAL} or {@code OTHER}
 * @param jurisdiction the administrative division it belongs to
 */
public record OrganisationRegistered(UUID eventId, Instant occurredAt, UUID organisationId, String creditCode, String name,
		String type, String jurisdiction) implements OrganisationEvent {
}
