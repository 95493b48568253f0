package org.scibureau.platform.events.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.scibureau.platform.events.PublishedEvent;

/**
 * A fund's final account for its fiscal year was closed: these figures are the account's for ever, whatever the
 * fund pays out later for multi-year projects.
 *
 * @param eventId the event's identity
 * @param occurredAt when it was closed
 * @param fundId the fund
 * @param reference its reference
 * @param fiscalYear its fiscal year
 * @param source where its money came from
 * @param appropriation what it was given, in CNY
 * @param committed promised and not yet paid at closing
 * @param disbursed paid out at closing
 * @param returned freed by freezes and closures at closing
 * @param executionRate disbursed ÷ appropriation, four places
 * @param jurisdiction the administrative division owning it
 */
public record FinalAccountClosed(UUID eventId, Instant occurredAt, UUID fundId, String reference, int fiscalYear,
		String source, BigDecimal appropriation, BigDecimal committed, BigDecimal disbursed, BigDecimal returned,
		BigDecimal executionRate, String jurisdiction) implements PublishedEvent {

	@Override
	public UUID aggregateId() {
		return this.fundId;
	}

}
