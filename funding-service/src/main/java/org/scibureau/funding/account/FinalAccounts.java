package org.scibureau.funding.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.funding.fund.domain.Fund;
import org.scibureau.funding.fund.domain.FundSource;
import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.web.PageRequest;

/**
 * The final accounts: every fund, with the snapshot taken when its account was closed or its live figures.
 */
@Repository
class FinalAccounts {

	/** A fund's account: the closed figures where there are some, the fund's own otherwise. */
	private static final String ACCOUNTS = """
			select * from (
			    select f.id as fund_id, f.reference, f.name, f.fiscal_year, f.source, f.jurisdiction, f.created_at,
			           case when a.fund_id is null then 'OPEN' else 'CLOSED' end as status,
			           coalesce(a.appropriation, f.appropriation) as appropriation,
			           coalesce(a.committed, f.committed) as committed,
			           coalesce(a.disbursed, f.disbursed) as disbursed,
			           coalesce(a.returned, f.returned) as returned,
			           a.execution_rate, a.closed_by, a.closed_at
			    from fund f left join final_account a on a.fund_id = f.id) account""";

	private final DatabaseClient database;

	FinalAccounts(DatabaseClient database) {
		this.database = database;
	}

	Flux<FinalAccount> find(@Nullable Integer fiscalYear, @Nullable FundSource source,
			@Nullable String visibleJurisdictions, PageRequest page) {
		return KeysetQuery.from(ACCOUNTS)
			.where("fiscal_year = :year", "year", fiscalYear)
			.where("source = :source", "source", (source != null) ? source.name() : null)
			.where("jurisdiction like :visible", "visible", visibleJurisdictions)
			.page(this.database, page, "created_at", "fund_id")
			.map(FinalAccounts::account)
			.all();
	}

	Mono<FinalAccount> findByFund(UUID fundId) {
		return this.database.sql(ACCOUNTS + " where fund_id = :fund")
			.bind("fund", fundId)
			.map(FinalAccounts::account)
			.one();
	}

	/**
	 * Closes a fund's account with its figures as they stand, the fund's row locked first so that no movement slips
	 * in between reading and recording them.
	 * @return whether it was closed now; false if it was closed before
	 */
	Mono<Boolean> close(UUID fundId, String closedBy, Instant now) {
		return this.database.sql("select id from fund where id = :fund for update")
			.bind("fund", fundId)
			.then()
			.then(this.database.sql("""
					insert into final_account (fund_id, fiscal_year, appropriation, committed, disbursed, returned,
					                           execution_rate, closed_by, closed_at)
					select id, fiscal_year, appropriation, committed, disbursed, returned,
					       case when appropriation = 0 then 0 else round(disbursed / appropriation, 4) end, :by, :at
					from fund where id = :fund
					on conflict (fund_id) do nothing""")
				.bind("fund", fundId)
				.bind("by", closedBy)
				.bind("at", now)
				.fetch()
				.rowsUpdated()
				.map((inserted) -> inserted > 0));
	}

	private static FinalAccount account(Readable row) {
		BigDecimal appropriation = row.get("appropriation", BigDecimal.class);
		BigDecimal disbursed = row.get("disbursed", BigDecimal.class);
		BigDecimal rate = row.get("execution_rate", BigDecimal.class);
		return new FinalAccount(row.get("fund_id", UUID.class), row.get("reference", String.class),
				row.get("name", String.class), row.get("fiscal_year", Integer.class),
				FundSource.valueOf(row.get("source", String.class)), row.get("jurisdiction", String.class).trim(),
				row.get("status", String.class), appropriation, row.get("committed", BigDecimal.class), disbursed,
				row.get("returned", BigDecimal.class), (rate != null) ? rate : rate(appropriation, disbursed),
				row.get("closed_by", String.class), row.get("closed_at", Instant.class),
				row.get("created_at", Instant.class));
	}

	private static BigDecimal rate(BigDecimal appropriation, BigDecimal disbursed) {
		return (appropriation.signum() == 0) ? BigDecimal.ZERO.setScale(Fund.RATE_SCALE)
				: disbursed.divide(appropriation, Fund.RATE_SCALE, RoundingMode.HALF_UP);
	}

}
