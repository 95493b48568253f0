package org.scibureau.platform.events.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * The bureau started the formal check of a submitted application.
 *
 * @param eventId the event's identity
 * @param occurredAt when it happened
 * @param projectId the project
 * @param reference the officials' reference, e.g. {@code PRJ-2026-000123}
 * @param callId the call it applied to
 * @param programId the program it belongs to
 * @param organisationId the applicant organisation
 * @param principalInvestigatorId the principal investigator (talent id)
 * @param jurisdiction the administrative division owning the project
 * @param status the project's state after the fact
 */
public record ProjectFormalCheckStarted(UUID eventId, Instant occurredAt, UUID projectId, String reference,
		UUID callId, UUID programId, UUID organisationId, UUID principalInvestigatorId, String jurisdiction,
		String status) implements ProjectEvent {
}
