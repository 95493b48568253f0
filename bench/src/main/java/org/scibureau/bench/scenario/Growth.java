package org.scibureau.bench.scenario;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;
import org.scibureau.bench.Scenario;
import org.scibureau.bench.ScenarioResult;
import org.scibureau.bench.load.JdbcLoad;
import org.scibureau.bench.load.Load;
import org.scibureau.bench.load.ServiceProcess;
import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Scenario 4: plan-service's project list (keyset pages, filters, a title search) and its statistics as the
 * projects table grows, each size COPYed in by the bench ({@link GrowthData}). At each size, the latency of the
 * first page, of the page at 90% depth (asked for directly with the cursor of the row before it), of a filtered
 * page, of a search and of the statistics by year and by priority area. The reference, at the largest size: the
 * same list query over JDBC with {@code OFFSET} at that depth instead of the keyset condition, timed the same way
 * as the keyset query, and the keyset query's plan ({@code EXPLAIN (ANALYZE, FORMAT JSON)}).
 */
public final class Growth implements Scenario {

	/** Callers of every closed loop: latency under a light load, one per core, not saturation. */
	private static final int CALLERS = 2;

	private static final int PAGE = 50;

	/** The list's columns, as plan-service's {@code Projects} selects them. */
	private static final String COLUMNS = """
			id, reference, call_id, program_id, organisation_id, jurisdiction, content, status, resume_to,
			status_reason, approval, funding, contract, midterm_check, milestone_reports, version, created_at,
			updated_at, submitted_at""";

	/** The list's SQL for bureau staff (drafts hidden), as plan-service's {@code KeysetQuery} builds it. */
	private static final String LIST = "select " + COLUMNS + " from project where true and status <> ?";

	private static final String ORDER = " order by created_at desc, id desc";

	private static final String KEYSET = LIST + " and (created_at, id) < (?, ?)" + ORDER + " limit ?";

	private static final String OFFSET = LIST + ORDER + " limit ? offset ?";

	/**
	 * plan-service's statistics by year for a caller who sees every district, over every year (its district and
	 * year conditions, constant for such a caller, left out): a sum over the tally its trigger keeps.
	 */
	private static final String STATISTICS_BY_YEAR = """
			with program_area as (
			    select distinct on (id) id, name, priority_area from program order by id, plan_id desc
			)
			select t.application_year::text as key, sum(t.applications)::bigint as applications,
			       sum(t.approved)::bigint as approved, sum(t.rejected)::bigint as rejected,
			       sum(t.requested) as requested, sum(t.approved_amount) as approved_amount
			from project_tally t left join program_area a on a.id = t.program_id
			group by 1 having sum(t.applications) > 0 order by 1""";

	private static final String STATISTICS_YEAR = "statistics by year";

	private static final String STATISTICS_AREA = "statistics by priority area";

	private static final String PAGE_ONE = "list, page 1";

	private static final String AT_DEPTH = "list, page at 90% depth";

	@Override
	public String name() {
		return "growth";
	}

	@Override
	public ScenarioResult run(BenchContext context) throws Exception {
		Mode mode = context.mode();
		List<Long> sizes = sizes(mode);
		long largest = sizes.get(sizes.size() - 1);
		TestInfrastructure.startKafkaInBackground();
		Database database = TestInfrastructure.database("growth");
		TestTokens tokens = TestTokens.shared();
		String token = tokens.token()
			.clientId("scibureau-bench")
			.subject("bench-bureau-admin")
			.roles("bureau-admin")
			.jurisdiction(GrowthData.CITY)
			.expiresIn(Duration.ofHours(2))
			.build();
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
		Duration warmUp = warmUp(mode);
		Duration duration = measured(mode);
		List<Measurement> measurements = new ArrayList<>();
		List<Goal> goals = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Map<String, Measurement> smallest = new LinkedHashMap<>();
		Map<String, Measurement> atLargest = new LinkedHashMap<>();
		GrowthData data = new GrowthData(largest);
		try (ServiceProcess plan = ServiceProcess.start("plan-service",
				ServiceProcess.jarCommand(context, "plan-service"), FreePorts.one(),
				ServiceProcess.serviceEnvironment(database, TestInfrastructure.kafka().bootstrapServers(),
						tokens.issuer(), tokens.jwkSetUri()),
				context.work().resolve("plan-service.log"));
				Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
						database.password())) {
			notes.add("plan-service ready after %.1f s".formatted(plan.readyAfter().toMillis() / 1000.0));
			data.seed(connection);
			long rows = 0;
			for (long size : sizes) {
				long loading = System.nanoTime();
				data.grow(connection, rows, size);
				rows = size;
				notes.add("%s rows: COPY, index builds and ANALYZE took %.1f s; the table and its indexes take %s"
					.formatted(label(size), (System.nanoTime() - loading) / 1e9, tableSize(connection)));
				long depth = size * 9 / 10;
				Position before = positionBefore(connection, depth);
				URI projects = plan.uri().resolve("/api/plan/projects?limit=" + PAGE);
				Map<String, URI> targets = new LinkedHashMap<>();
				targets.put(PAGE_ONE, projects);
				targets.put(AT_DEPTH, URI.create(projects + "&cursor=" + before.cursor()));
				targets.put("list, filtered by state and district",
						URI.create(projects + "&status=APPROVED&jurisdiction=" + GrowthData.DISTRICT));
				targets.put("search in titles",
						URI.create(projects + "&q=" + URLEncoder.encode(GrowthData.SEARCHED, StandardCharsets.UTF_8)));
				targets.put(STATISTICS_YEAR, plan.uri().resolve("/api/plan/statistics?groupBy=YEAR"));
				targets.put(STATISTICS_AREA, plan.uri().resolve("/api/plan/statistics?groupBy=PRIORITY_AREA"));
				// The service's code is cold at the first size: longer warm-ups there.
				Duration targetWarmUp = (size == sizes.get(0)) ? mode.warmUp() : warmUp;
				for (Map.Entry<String, URI> target : targets.entrySet()) {
					Load load = Load.of(context, target.getValue(), bearer);
					Measurement measurement = Runs.median(mode, Runs.byP99(), targetWarmUp,
							(first) -> load.closedLoop(label(size) + " rows", target.getKey(), CALLERS, first,
									duration));
					measurements.add(measurement);
					smallest.putIfAbsent(target.getKey(), measurement);
					atLargest.put(target.getKey(), measurement);
				}
				if (size == largest) {
					reference(database, connection, before, depth, mode, warmUp, duration, measurements, goals, notes);
				}
			}
		}
		String depthName = "%s of %s rows".formatted(label(largest * 9 / 10), label(largest));
		goals.add(0, new Goal("list p99 at depth " + depthName + " / page 1", p99Ratio(atLargest.get(AT_DEPTH),
				atLargest.get(PAGE_ONE)), false, 1.5, "×"));
		goals.add(new Goal(STATISTICS_YEAR + ", p99 at " + label(largest) + " rows",
				atLargest.get(STATISTICS_YEAR).latency().p99(), false, 100, "ms"));
		goals.add(new Goal(STATISTICS_AREA + ", p99 at " + label(largest) + " rows",
				atLargest.get(STATISTICS_AREA).latency().p99(), false, 100, "ms"));
		for (String paged : List.of(PAGE_ONE, AT_DEPTH)) {
			goals.add(new Goal("%s p99, %s / %s rows".formatted(paged, label(largest), label(sizes.get(0))),
					p99Ratio(atLargest.get(paged), smallest.get(paged)), false, 1.5, "×"));
		}
		notes.add(("sizes %s rows of projects in one table grown by COPY (%s); depth 90%% of each size, asked for "
				+ "with the cursor of the row before it").formatted(
						String.join(", ", sizes.stream().map(Growth::label).toList()),
						(mode == Mode.FULL) ? "the issue's sizes" : "reduced in this mode: depth " + depthName));
		notes.add(("load: %s, %d callers back to back (latency under light load, not saturation), a %.2f s warm-up "
				+ "(%.2f s at the first size), then %.2f s measured per target, median p99 of %d runs").formatted(
						mode.jvmOnly() ? "the bench's JVM generator (JDK HttpClient, virtual threads)"
								: "hey, a process of its own",
						CALLERS, warmUp.toMillis() / 1000.0, mode.warmUp().toMillis() / 1000.0,
						duration.toMillis() / 1000.0, mode.runs()));
		notes.add("caller: bureau-admin of the city (sees every district, drafts hidden), pages of " + PAGE
				+ "; \"near 1\" for paged lists taken as at most 1.5×");
		notes.add("plan-service, PostgreSQL (embedded, default settings) and the load share the 2 cores, unpinned");
		return new ScenarioResult(name(), "Lists and statistics of plan-service as its projects grow",
				measurements, goals, notes, null);
	}

	/**
	 * At the largest size: the keyset query and OFFSET at the same depth over JDBC, the keyset query's plan, and the
	 * plan of the statistics by year, to say what bounds them.
	 */
	private static void reference(Database database, Connection connection, Position before, long depth, Mode mode,
			Duration warmUp, Duration duration, List<Measurement> measurements, List<Goal> goals, List<String> notes)
			throws Exception {
		List<Object> keysetParameters = List.of("DRAFT", before.createdAt(), before.id(), PAGE + 1);
		String name = label(depth) + " deep, JDBC";
		Measurement keyset = Runs.median(mode, Runs.byP99(), warmUp,
				(first) -> new JdbcLoad(database, KEYSET, keysetParameters).closedLoop(name, "keyset query", CALLERS,
						first, duration));
		Measurement offset = Runs.median(mode, Runs.byP99(), warmUp,
				(first) -> new JdbcLoad(database, OFFSET, List.of("DRAFT", PAGE + 1, depth)).closedLoop(name,
						"OFFSET " + depth + " query", CALLERS, first, duration));
		measurements.addAll(List.of(keyset, offset));
		goals.add(new Goal("OFFSET / keyset query p99 at depth " + label(depth) + ", over JDBC",
				p99Ratio(offset, keyset), true, 50, "×"));
		Plan keysetPlan = Plan.of(connection, KEYSET, keysetParameters);
		goals.add(new Goal("Index Scan nodes in the plan of the keyset query at depth",
				keysetPlan.nodes().stream().filter((node) -> node.startsWith("Index")).count(), true, 1, ""));
		goals.add(new Goal("Sort nodes in the plan of the keyset query at depth",
				keysetPlan.nodes().stream().filter((node) -> node.contains("Sort")).count(), false, 0, ""));
		notes.add("plan of the keyset query at depth: " + keysetPlan);
		notes.add("plan of the statistics by year: " + Plan.of(connection, STATISTICS_BY_YEAR, List.of()));
	}

	/**
	 * A query's plan as {@code EXPLAIN (ANALYZE, FORMAT JSON)} gives it.
	 *
	 * @param nodes its node types, outermost first, each with its index if it has one
	 * @param milliseconds its execution time
	 */
	private record Plan(List<String> nodes, double milliseconds) {

		static Plan of(Connection connection, String sql, List<Object> parameters) throws SQLException {
			try (PreparedStatement explain = connection.prepareStatement("explain (analyze, format json) " + sql)) {
				for (int i = 0; i < parameters.size(); i++) {
					explain.setObject(i + 1, parameters.get(i));
				}
				try (ResultSet result = explain.executeQuery()) {
					result.next();
					JsonNode plan = JsonMapper.shared().readTree(result.getString(1)).get(0);
					List<String> nodes = new ArrayList<>();
					collect(plan.get("Plan"), nodes);
					return new Plan(nodes, plan.get("Execution Time").asDouble());
				}
			}
		}

		private static void collect(JsonNode plan, List<String> nodes) {
			String index = plan.path("Index Name").asString("");
			nodes.add(plan.get("Node Type").asString() + (index.isEmpty() ? "" : " " + index));
			for (JsonNode child : plan.path("Plans")) {
				collect(child, nodes);
			}
		}

		@Override
		public String toString() {
			return String.join(" → ", this.nodes) + " (EXPLAIN ANALYZE: %.1f ms)".formatted(this.milliseconds);
		}

	}

	private static String tableSize(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(
				"select pg_size_pretty(pg_table_size('project')), pg_size_pretty(pg_indexes_size('project'))");
				ResultSet row = query.executeQuery()) {
			row.next();
			return row.getString(1) + " and " + row.getString(2);
		}
	}

	/**
	 * The list position before {@code depth}: its first page's cursor, as plan-service's {@code Page} would issue it
	 * for the last item of the page before.
	 */
	private static Position positionBefore(Connection connection, long depth) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(
				"select created_at, id from project where status <> 'DRAFT'" + ORDER + " offset ? limit 1")) {
			query.setLong(1, depth - 1);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return new Position(row.getObject(1, OffsetDateTime.class), row.getObject(2, UUID.class));
			}
		}
	}

	/**
	 * A position in the list.
	 *
	 * @param createdAt the row's sort key
	 * @param id the row's id
	 */
	private record Position(OffsetDateTime createdAt, UUID id) {

		/** The opaque cursor of platform-starter's {@code Cursor}: base64url of {@code instant|id}, no padding. */
		String cursor() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.createdAt.toInstant() + "|" + this.id).getBytes(StandardCharsets.UTF_8));
		}

	}

	/** The full bench's sizes are the issue's; quick stops at 100k, smoke at a few thousand. */
	private static List<Long> sizes(Mode mode) {
		if (mode == Mode.FULL) {
			return List.of(10_000L, 100_000L, 1_000_000L);
		}
		return (mode == Mode.QUICK) ? List.of(10_000L, 100_000L) : List.of(2_000L, 4_000L);
	}

	private static String label(long rows) {
		if (rows >= 1_000_000 && rows % 1_000_000 == 0) {
			return rows / 1_000_000 + "M";
		}
		return (rows >= 1_000 && rows % 1_000 == 0) ? rows / 1_000 + "k" : Long.toString(rows);
	}

	/** The warm-up per target: short, since there are six targets at each size, all on warm code but the first. */
	private static Duration warmUp(Mode mode) {
		return (mode == Mode.FULL) ? Duration.ofSeconds(1) : mode.warmUp().dividedBy(2);
	}

	/** How long each target is measured: long enough for a few requests to the slowest, the statistics. */
	private static Duration measured(Mode mode) {
		return (mode == Mode.FULL) ? Duration.ofSeconds(2) : mode.duration().dividedBy(3);
	}

	private static double p99Ratio(Measurement measured, Measurement reference) {
		return (reference.latency().p99() > 0) ? measured.latency().p99() / reference.latency().p99() : 0;
	}

}
