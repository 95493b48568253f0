package org.scibureau.platform.events.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.scibureau.platform.events.PublishedEvent;

/**
 * A fund cannot commit what approvals ask of it: either nothing is left, or an approval was refused for want of
 * funds. Published once until the fund's appropriation grows.
 *
 * @param eventId the event's identity
 * @param occurredAt when it happened
 * @param fundId the fund
 * @param reference its reference, e.g. {@code FND-2026-000001}
 * @param fiscalYear its fiscal year
 * @param source where its money comes from
 * @param appropriation what it was given, in CNY
 * @param available what it can still commit
 * @param jurisdiction the administrative division owning it
 */
public record FundExhausted(UUID eventId, Instant occurredAt, UUID fundId, String reference, int fiscalYear,
		String source, BigDecimal appropriation, BigDecimal available, String jurisdiction) implements PublishedEvent {

	@Override
	public UUID aggregateId() {
		return this.fundId;
	}

}
