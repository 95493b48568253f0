package org.scibureau.funding.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.funding.fund.domain.FundSource;

/**
 * A fund's final account for its fiscal year: open, with the fund's figures as they stand, or closed, with the
 * figures at closing whatever the fund did since.
 *
 * @param fundId the fund
 * @param reference its reference
 * @param name its name
 * @param fiscalYear the fiscal year
 * @param source where its money comes from
 * @param jurisdiction the owning division
 * @param status {@code OPEN} or {@code CLOSED}
 * @param appropriation what it was given
 * @param committed promised and not yet paid
 * @param disbursed paid out
 * @param returned freed by freezes and closures
 * @param executionRate disbursed ÷ appropriation, four places
 * @param closedBy who closed it
 * @param closedAt when
 * @param createdAt when the fund was set up, the order of the list
 */
record FinalAccount(UUID fundId, String reference, String name, int fiscalYear, FundSource source,
		String jurisdiction, String status, BigDecimal appropriation, BigDecimal committed, BigDecimal disbursed,
		BigDecimal returned, BigDecimal executionRate, @Nullable String closedBy, @Nullable Instant closedAt,
		Instant createdAt) {

	static final String OPEN = "OPEN";

	static final String CLOSED = "CLOSED";

}
