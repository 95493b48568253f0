package org.scibureau.platform.events.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application was submitted to its call (again, after a return for correction, when submission > 1).
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
 * @param title the project's title
 * @param fields the project's research fields
 * @param requestedAmount the requested budget, in CNY
 * @param durationMonths the planned duration in months
 * @param submission 1 for the first submission, one more per resubmission after a return
 */
public record ProjectSubmitted(UUID eventId, Instant occurredAt, UUID projectId, String reference, UUID callId,
		UUID programId, UUID organisationId, UUID principalInvestigatorId, String jurisdiction, String status, String title,
		List<String> fields, BigDecimal requestedAmount, int durationMonths, int submission) implements ProjectEvent {

	public ProjectSubmitted {
		fields = List.copyOf(fields);
	}

}
