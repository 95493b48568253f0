package org.scibureau.plan.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

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

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;

/**
 * {@code GET /api/plan/statistics}: applications, decisions, approval rate and amounts, grouped by year, program,
 * priority area or jurisdiction, for the divisions the caller sees.
 * <p>
 * An application counts once it was submitted; it is approved once it has an approval (whatever became of it
 * later), rejected when rejected. The approval rate is approved / (approved + rejected): the share of decided
 * applications that were approved, so undecided ones do not lower it; it is null before any decision.
 */
@RestController
class ApplicationStatistics {

	/**
	 * Sums the tally that triggers keep of the submitted projects (migrations V11, V12) instead of reading every
	 * project: the same figures in milliseconds at any number of projects.
	 */
	private static final String GROUPS = """
			with program_area as (
			    select distinct on (id) id, name, priority_area from program order by id, plan_id desc
			)
			select %s as key, sum(t.applications)::bigint as applications, sum(t.approved)::bigint as approved,
			       sum(t.rejected)::bigint as rejected, sum(t.requested) as requested,
			       sum(t.approved_amount) as approved_amount
			from project_tally t left join program_area a on a.id = t.program_id
			where (cast(:visible as text) is null or t.jurisdiction like :visible)
			  and (cast(:year as integer) is null or t.application_year = :year)
			group by 1 having sum(t.applications) > 0 order by 1""";

	private final DatabaseClient database;

	ApplicationStatistics(DatabaseClient database) {
		this.database = database;
	}

	@GetMapping(path = "/api/plan/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Statistics> statistics(Caller caller, @RequestParam(defaultValue = "YEAR") GroupBy groupBy,
			@RequestParam(required = false) @Nullable Integer year) {
		String visible = caller.visibleJurisdictions();
		DatabaseClient.GenericExecuteSpec query = this.database.sql(GROUPS.formatted(groupBy.expression));
		query = (visible != null) ? query.bind("visible", visible) : query.bindNull("visible", String.class);
		query = (year != null) ? query.bind("year", year) : query.bindNull("year", Integer.class);
		return query.map((row) -> Row.of(String.valueOf(row.get("key")), row.get("applications", Long.class),
				row.get("approved", Long.class), row.get("rejected", Long.class),
				row.get("requested", BigDecimal.class), row.get("approved_amount", BigDecimal.class)))
			.all()
			.collectList()
			.map((rows) -> new Statistics(groupBy.name(), year, rows));
	}

	/** What the figures are grouped by. */
	enum GroupBy {

		YEAR("t.application_year::text"),

		PROGRAM("t.program_id::text"),

		PRIORITY_AREA("coalesce(a.priority_area, 'unknown')"),

		JURISDICTION("t.jurisdiction::text");

		private final String expression;

		GroupBy(String expression) {
			this.expression = expression;
		}

	}

	/**
	 * The figures.
	 *
	 * @param groupBy what the rows are grouped by
	 * @param year the application year they are limited to, if any
	 * @param rows one per group, in key order
	 */
	record Statistics(String groupBy, @Nullable Integer year, List<Row> rows) {
	}

	/**
	 * The figures of one group.
	 *
	 * @param key the year, program id, priority area or division code
	 * @param applications submitted applications
	 * @param approved applications approved
	 * @param rejected applications rejected
	 * @param approvalRate approved / (approved + rejected), four decimals, or null before any decision
	 * @param requestedAmount the total requested, CNY
	 * @param approvedAmount the total approved, CNY
	 */
	record Row(String key, long applications, long approved, long rejected, @Nullable BigDecimal approvalRate,
			BigDecimal requestedAmount, BigDecimal approvedAmount) {

		static Row of(String key, @Nullable Long applications, @Nullable Long approved, @Nullable Long rejected,
				@Nullable BigDecimal requested, @Nullable BigDecimal approvedAmount) {
			long approvedCount = (approved != null) ? approved : 0;
			long decided = approvedCount + ((rejected != null) ? rejected : 0);
			BigDecimal rate = (decided == 0) ? null
					: BigDecimal.valueOf(approvedCount).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP);
			return new Row(key, (applications != null) ? applications : 0, approvedCount,
					(rejected != null) ? rejected : 0, rate, money(requested), money(approvedAmount));
		}

		private static BigDecimal money(@Nullable BigDecimal amount) {
			return ((amount != null) ? amount : BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
		}

	}

	/** Bureau staff and auditors read the statistics; a district officer those of its district. */
	@Component
	static class StatisticsAccessRules implements AccessRules {

		@Override
		public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
			exchanges.pathMatchers(HttpMethod.GET, "/api/plan/statistics")
				.hasAnyRole(Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER, Roles.FINANCE_OFFICER, Roles.DISTRICT_OFFICER,
						Roles.AUDITOR);
		}

	}

}
