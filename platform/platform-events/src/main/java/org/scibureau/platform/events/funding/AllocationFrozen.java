package org.scibureau.platform.events.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.scibureau.platform.events.PublishedEvent;

/**
 * A project's undisbursed tranches were frozen: until it resumes when it was suspended or its investigator
 * sanctioned, for good when it was terminated, in which case they went back to the fund ({@code returned} grew).
 *
 * @param eventId the event's identity
 * @param occurredAt when they were frozen
 * @param allocationId the allocation
 * @param projectId the project
 * @param fundId the fund
 * @param programId the program
 * @param fiscalYear the fund's fiscal year
 * @param reason {@code PROJECT_SUSPENDED}, {@code RECIPIENT_SANCTIONED}, {@code PROJECT_TERMINATED} or
 * {@code PROJECT_CLOSED} (what a closed project never drew, e.g. its last tranche after a failed acceptance)
 * @param frozenAmount what was committed and not yet paid, in CNY
 * @param returnedAmount what went back to the fund: the frozen amount on termination and closure, else 0
 * @param jurisdiction the administrative division owning the project
 */
public record AllocationFrozen(UUID eventId, Instant occurredAt, UUID allocationId, UUID projectId, UUID fundId,
		UUID programId, int fiscalYear, String reason, BigDecimal frozenAmount, BigDecimal returnedAmount,
		String jurisdiction) implements PublishedEvent {

	@Override
	public UUID aggregateId() {
		return this.allocationId;
	}

}
