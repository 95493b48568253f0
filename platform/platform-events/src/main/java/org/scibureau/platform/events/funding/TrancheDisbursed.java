package org.scibureau.platform.events.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.events.PublishedEvent;

/**
 * One tranche of a project's committed budget was paid out: the fund's {@code committed} fell and its
 * {@code disbursed} grew by the amount.
 *
 * @param eventId the event's identity
 * @param occurredAt when it was paid
 * @param allocationId the allocation
 * @param projectId the project
 * @param fundId the fund it was paid from
 * @param programId the program
 * @param fiscalYear the fund's fiscal year
 * @param sequence the tranche's position in the plan, from 1
 * @param amount the amount paid, in CNY
 * @param trigger what released it: {@code CONTRACT_SIGNED}, {@code MILESTONE_ACCEPTED} or {@code PROJECT_ACCEPTED}
 * @param milestoneId the milestone whose acceptance released it, for {@code MILESTONE_ACCEPTED}
 * @param lastTranche whether every tranche of the allocation is now paid
 * @param jurisdiction the administrative division owning the project
 */
public record TrancheDisbursed(UUID eventId, Instant occurredAt, UUID allocationId, UUID projectId, UUID fundId,
		UUID programId, int fiscalYear, int sequence, BigDecimal amount, String trigger, @Nullable UUID milestoneId,
		boolean lastTranche, String jurisdiction) implements PublishedEvent {

	@Override
	public UUID aggregateId() {
		return this.allocationId;
	}

}
