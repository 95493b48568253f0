package org.scibureau.funding.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.funding.fund.domain.Fund;
import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;

/**
 * The funding figures dashboards show, grouped by fiscal year, program, source or jurisdiction, within the caller's
 * jurisdiction: funding requests and their outcome, approved amounts, and the amounts committed, disbursed and
 * returned as DOMAIN.md defines them. By year and by source the funds' appropriation and the execution rate
 * (disbursed ÷ appropriation) come too; a program or a jurisdiction has no appropriation of its own.
 */
@RestController
class FundingStatistics {

	private static final String PER_ALLOCATION = """
			with per_allocation as (
			    select a.id, a.status, a.amount, a.fiscal_year, a.program_id, a.jurisdiction, f.source,
			           coalesce(sum(t.amount) filter (where t.status in
			               ('PLANNED', 'RELEASED', 'AWAITING_CONFIRMATION', 'FROZEN')), 0) as committed,
			           coalesce(sum(t.amount) filter (where t.status = 'DISBURSED'), 0) as disbursed,
			           coalesce(sum(t.amount) filter (where t.status = 'RETURNED'), 0) as returned
			    from allocation a
			    left join fund f on f.id = a.fund_id
			    left join tranche t on t.allocation_id = a.id
			    where a.jurisdiction like :visible and (cast(:year as integer) is null or a.fiscal_year = :year)
			    group by a.id, f.source)
			select %s as key, %s as label, count(*) as requests,
			       count(*) filter (where status <> 'REJECTED') as funded,
			       count(*) filter (where status = 'REJECTED') as rejected,
			       coalesce(sum(amount) filter (where status <> 'REJECTED'), 0) as approved,
			       sum(committed) as committed, sum(disbursed) as disbursed, sum(returned) as returned
			from per_allocation %s
			group by 1 order by 1""";

	private static final String APPROPRIATIONS = """
			select %s as key, sum(appropriation) as appropriation from fund
			where jurisdiction like :visible and (cast(:year as integer) is null or fiscal_year = :year)
			group by 1""";

	private final DatabaseClient database;

	FundingStatistics(DatabaseClient database) {
		this.database = database;
	}

	@GetMapping(path = "/api/funding/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Statistics> statistics(Caller caller, @RequestParam(defaultValue = "YEAR") GroupBy groupBy,
			@RequestParam(required = false) @Nullable Integer fiscalYear) {
		String visible = (caller.visibleJurisdictions() != null) ? caller.visibleJurisdictions() : "%";
		Mono<Map<String, BigDecimal>> appropriations = (groupBy.fundColumn == null) ? Mono.just(Map.of())
				: bindYear(this.database.sql(APPROPRIATIONS.formatted(groupBy.fundColumn)).bind("visible", visible),
						fiscalYear)
					.map((row) -> Map.entry(String.valueOf(row.get("key", Object.class)),
							row.get("appropriation", BigDecimal.class)))
					.all()
					.collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
		return appropriations.flatMap((appropriated) -> bindYear(this.database
			.sql(PER_ALLOCATION.formatted(groupBy.key, groupBy.label, groupBy.join))
			.bind("visible", visible), fiscalYear)
			.map((row) -> {
				String key = String.valueOf(row.get("key", Object.class));
				BigDecimal appropriation = appropriated.get(key);
				BigDecimal disbursed = row.get("disbursed", BigDecimal.class);
				return new Row(key, row.get("label", String.class), row.get("requests", Long.class),
						row.get("funded", Long.class), row.get("rejected", Long.class),
						row.get("approved", BigDecimal.class), appropriation, row.get("committed", BigDecimal.class),
						disbursed, row.get("returned", BigDecimal.class),
						(appropriation != null && appropriation.signum() > 0)
								? disbursed.divide(appropriation, Fund.RATE_SCALE, RoundingMode.HALF_UP) : null);
			})
			.all()
			.collectList()
			.map((rows) -> new Statistics(groupBy, fiscalYear, rows)));
	}

	private static DatabaseClient.GenericExecuteSpec bindYear(DatabaseClient.GenericExecuteSpec spec,
			@Nullable Integer year) {
		return (year != null) ? spec.bind("year", year) : spec.bindNull("year", Integer.class);
	}

	/** What the figures are grouped by. */
	enum GroupBy {

		YEAR("fiscal_year", "min(cast(fiscal_year as text))", "", "fiscal_year"),

		PROGRAM("per_allocation.program_id", "min(p.name)", "left join program p on p.program_id = per_allocation.program_id", null),

		SOURCE("coalesce(source, 'NO_FUND')", "min(coalesce(source, 'NO_FUND'))", "", "source"),

		JURISDICTION("jurisdiction", "min(jurisdiction)", "", null);

		private final String key;

		private final String label;

		private final String join;

		private final @Nullable String fundColumn;

		GroupBy(String key, String label, String join, @Nullable String fundColumn) {
			this.key = key;
			this.label = label;
			this.join = join;
			this.fundColumn = fundColumn;
		}

	}

	/**
	 * The figures of one group.
	 *
	 * @param key the year, program id, source or division code
	 * @param label what officials call it (the program's name)
	 * @param requests funding requests answered
	 * @param funded those committed (and still live, or since suspended or terminated)
	 * @param rejected those refused
	 * @param approved the approved budgets funded
	 * @param appropriation the funds' appropriation, by year and by source only
	 * @param committed promised and not yet paid
	 * @param disbursed paid out
	 * @param returned given back by terminations
	 * @param executionRate disbursed ÷ appropriation, where there is an appropriation
	 */
	record Row(String key, @Nullable String label, long requests, long funded, long rejected, BigDecimal approved,
			@Nullable BigDecimal appropriation, BigDecimal committed, BigDecimal disbursed, BigDecimal returned,
			@Nullable BigDecimal executionRate) {
	}

	/**
	 * The statistics asked for.
	 *
	 * @param groupBy what they are grouped by
	 * @param fiscalYear the fiscal year they are narrowed to, if any
	 * @param rows one per group, by key
	 */
	record Statistics(GroupBy groupBy, @Nullable Integer fiscalYear, List<Row> rows) {
	}

	/** Staff read the statistics within their jurisdiction. */
	@Component
	static class Rules implements AccessRules {

		@Override
		public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
			exchanges.pathMatchers(HttpMethod.GET, "/api/funding/statistics")
				.hasAnyRole(Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER,
						Roles.DISTRICT_OFFICER);
		}

	}

}
