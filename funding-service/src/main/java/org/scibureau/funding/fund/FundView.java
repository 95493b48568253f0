package org.scibureau.funding.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scibureau.funding.fund.domain.Fund;
import org.scibureau.funding.fund.domain.FundSource;

/**
 * A fund as officials read it: its figures as DOMAIN.md defines them and the programs it pays for.
 *
 * @param id the fund
 * @param reference e.g. {@code FND-2026-000001}
 * @param name its name
 * @param fiscalYear the fiscal year
 * @param source where its money comes from
 * @param jurisdiction the owning division
 * @param appropriation what it was given
 * @param committed promised to projects and not yet paid
 * @param disbursed paid out
 * @param returned freed by freezes and closures
 * @param available what it can still commit: appropriation − committed − disbursed
 * @param executionRate disbursed ÷ appropriation, four places
 * @param programs the programs it pays for
 * @param version its version, as in the ETag
 * @param createdAt when it was set up
 * @param updatedAt when its figures last changed
 */
record FundView(UUID id, String reference, String name, int fiscalYear, FundSource source, String jurisdiction,
		BigDecimal appropriation, BigDecimal committed, BigDecimal disbursed, BigDecimal returned, BigDecimal available,
		BigDecimal executionRate, List<Funds.FundedProgram> programs, long version, Instant createdAt,
		Instant updatedAt) {

	static FundView of(Fund fund, List<Funds.FundedProgram> programs) {
		return new FundView(fund.id(), fund.reference(), fund.name(), fund.fiscalYear(), fund.source(),
				fund.jurisdiction(), fund.appropriation(), fund.committed(), fund.disbursed(), fund.returned(),
				fund.available(), fund.executionRate(), List.copyOf(programs), fund.version(), fund.createdAt(),
				fund.updatedAt());
	}

}
