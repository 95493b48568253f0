package org.scibureau.platform.events.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An approved project's budget could not be committed; the project stays approved, shows the reason and may be
 * re-submitted for funding.
 *
 * @param eventId the event's identity
 * @param occurredAt when the request was refused
 * @param allocationId the allocation attempt
 * @param projectId the project
 * @param fundingAttempt the funding attempt this answers
 * @param programId the program the project belongs to
 * @param fiscalYear the fiscal year requested
 * @param requestedAmount the amount requested, in CNY
 * @param reason why: {@code NO_FUND} (no fund pays for the program that year), {@code INSUFFICIENT_FUNDS} or
 * {@code RECIPIENT_SANCTIONED}
 * @param detail the reason in words, for the officer and the applicant
 * @param jurisdiction the administrative division owning the project
 */
public record AllocationRejected(UUID eventId, Instant occurredAt, UUID allocationId, UUID projectId,
		int fundingAttempt, UUID programId, int fiscalYear, BigDecimal requestedAmount, String reason, String detail,
		String jurisdiction) implements AllocationEvent {
}
