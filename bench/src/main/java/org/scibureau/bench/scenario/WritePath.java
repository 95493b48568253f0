package org.scibureau.bench.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.Result;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;
import org.scibureau.bench.Scenario;
import org.scibureau.bench.ScenarioResult;
import org.scibureau.bench.load.HttpLoad;
import org.scibureau.bench.load.OpenCall;
import org.scibureau.bench.load.OperationLoad;
import org.scibureau.bench.load.PgBench;
import org.scibureau.bench.load.Profile;
import org.scibureau.bench.load.ServiceProcess;
import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Scenario 2: the write path. The bare database path first: a primary-key read and a single-row insert over R2DBC
 * (r2dbc-postgresql and r2dbc-pool) and over JDBC (pgjdbc and HikariCP), same pool size, same callers, in the bench's
 * JVM, beside {@code pgbench -M prepared -S} on the same table. Then the full create-application POST to plan-service
 * (JWT, validation, its R2DBC transaction) at saturation and at half of it, beside pgbench running the statements of
 * that transaction against the same database.
 */
public final class WritePath implements Scenario {

	/** The pool size of both drivers, and pgbench's connections: Spring Boot's default for both pools. */
	static final int POOL = 10;

	private static final String READ = "select abalance from pgbench_accounts where aid = $1";

	private static final String INSERT = "insert into bench_insert (id, account, amount, note, created_at) "
			+ "values ($1, $2, $3, $4, now())";

	private static final String NOTE = "a single-row insert of the bench, about the width of an outbox row's header";

	private static final String PROJECTS = "/api/plan/projects";

	@Override
	public String name() {
		return "write-path";
	}

	@Override
	public ScenarioResult run(BenchContext context) throws Exception {
		Mode mode = context.mode();
		if (mode.jvmOnly()) {
			// Nobody reads the smoke mode's figures: the broker plan-service needs may start while they are taken.
			// Otherwise it starts after the database path, so that its start takes no CPU from those figures.
			TestInfrastructure.startKafkaInBackground();
		}
		Database bare = TestInfrastructure.database("bench_write");
		Database plan = TestInfrastructure.database("bench_plan");
		int scale = (mode == Mode.FULL) ? 10 : 1;
		int rows = mode.jvmOnly() ? 10_000 : scale * 100_000;
		@Nullable PgBench pgbench = mode.jvmOnly() ? null : PgBench.require(bare, context.work());
		if (pgbench != null) {
			pgbench.initialise(scale);
		}
		List<Measurement> measurements = new ArrayList<>();
		List<Goal> goals = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		databasePath(mode, bare, pgbench, rows, measurements, goals);
		try {
			createApplications(context, plan, pgbench != null, measurements, goals, notes);
		}
		catch (IOException ex) {
			// The database path's figures stand on their own; say why the POST's are missing.
			notes.add("not measured, the create-application POST: " + ex.getMessage());
		}
		notes.add(("database path: the bench's JVM, %d callers on a pool of %d connections for each driver "
				+ "(r2dbc-pool + r2dbc-postgresql, HikariCP + pgjdbc, both with their default statement caching), "
				+ "closed loop; reads of a random row of pgbench_accounts (%,d rows), inserts into a table with a "
				+ "uuid key").formatted(mode.callers(), POOL, rows));
		notes.add((pgbench != null) ? ("pgbench: %d connections, 2 threads, -M prepared, on pgbench_accounts made by "
				+ "pgbench -i -s %d; TPS from its report, latencies from its per-transaction log").formatted(POOL, scale)
				: "smoke: the JVM only, so no pgbench and no goals against it; pgbench_accounts is made the way "
						+ "pgbench -i makes it");
		notes.add(("a %s s warm-up (half of it for the inserts, which follow the warm drivers, and none for the POST at "
				+ "a fixed rate, which follows its saturation runs), then %s s measured, median of %d runs; embedded "
				+ "PostgreSQL 17 with fsync and synchronous commit off; the bench, the service and PostgreSQL share the "
				+ "machine's cores; the broker plan-service needs starts after the database path, except in smoke mode")
			.formatted(mode.warmUp().toMillis() / 1000.0, mode.duration().toMillis() / 1000.0, mode.runs()));
		return new ScenarioResult(name(), "The write path: R2DBC vs JDBC vs pgbench, and the create-application POST",
				measurements, goals, notes, null);
	}

	/**
	 * The bare database path: a primary-key read and a single-row insert over R2DBC and over JDBC, and pgbench's
	 * select-only script when there is pgbench.
	 */
	private static void databasePath(Mode mode, Database bare, @Nullable PgBench pgbench, int rows,
			List<Measurement> measurements, List<Goal> goals) throws Exception {
		Duration settled = mode.warmUp().dividedBy(2);
		ConnectionPool r2dbc = r2dbc(bare);
		try (HikariDataSource jdbc = hikari(bare)) {
			prepare(jdbc, (pgbench == null) ? rows : 0);
			// Primary-key read: the statement of pgbench's select-only script, a random account each time.
			Measurement r2dbcRead = median(mode, mode.warmUp(), (warmUp) -> pooled(r2dbc,
					(connection) -> Flux.from(connection.createStatement(READ).bind("$1", account(rows)).execute())
						.flatMap((result) -> result.map((row, metadata) -> row.get(0, Integer.class))))
				.closedLoop("primary-key read", "R2DBC", mode.callers(), warmUp, mode.duration()));
			Measurement jdbcRead = median(mode, mode.warmUp(), (warmUp) -> OperationLoad.blocking(() -> {
				try (Connection connection = jdbc.getConnection();
						PreparedStatement statement = connection.prepareStatement(jdbcSql(READ))) {
					statement.setInt(1, account(rows));
					try (ResultSet result = statement.executeQuery()) {
						result.next();
					}
				}
			}).closedLoop("primary-key read", "JDBC", mode.callers(), warmUp, mode.duration()));
			measurements.addAll(List.of(r2dbcRead, jdbcRead));
			goals.add(new Goal("R2DBC/JDBC primary-key read throughput", ratio(r2dbcRead, jdbcRead), true, 0.6, "×"));
			if (pgbench != null) {
				Measurement select = median(mode, mode.warmUp(), (warmUp) -> pgbench.run("primary-key read",
						"pgbench -S", List.of("-S"), POOL, warmUp, mode.duration()));
				measurements.add(select);
				goals.add(new Goal("R2DBC primary-key read/pgbench -M prepared -S throughput", ratio(r2dbcRead, select),
						true, 0.4, "×"));
			}
			// Single-row insert, autocommitted: the drivers are warm from the reads, so a shorter warm-up.
			Measurement r2dbcInsert = median(mode, settled, (warmUp) -> pooled(r2dbc,
					(connection) -> Flux.from(connection.createStatement(INSERT)
						.bind("$1", UUID.randomUUID())
						.bind("$2", account(rows))
						.bind("$3", amount())
						.bind("$4", NOTE)
						.execute()).flatMap(Result::getRowsUpdated))
				.closedLoop("single-row insert", "R2DBC", mode.callers(), warmUp, mode.duration()));
			Measurement jdbcInsert = median(mode, settled, (warmUp) -> OperationLoad.blocking(() -> {
				try (Connection connection = jdbc.getConnection();
						PreparedStatement statement = connection.prepareStatement(jdbcSql(INSERT))) {
					statement.setObject(1, UUID.randomUUID());
					statement.setInt(2, account(rows));
					statement.setBigDecimal(3, amount());
					statement.setString(4, NOTE);
					statement.executeUpdate();
				}
			}).closedLoop("single-row insert", "JDBC", mode.callers(), warmUp, mode.duration()));
			measurements.addAll(List.of(r2dbcInsert, jdbcInsert));
			goals.add(new Goal("R2DBC/JDBC single-row insert throughput", ratio(r2dbcInsert, jdbcInsert), true, 0.8,
					"×"));
		}
		finally {
			r2dbc.dispose();
		}
	}

	/** The create-application POST at saturation and at half of it, and pgbench running its transaction. */
	private void createApplications(BenchContext context, Database plan, boolean withPgbench,
			List<Measurement> measurements, List<Goal> goals, List<String> notes) throws Exception {
		Mode mode = context.mode();
		TestTokens tokens = TestTokens.shared();
		Map<String, String> environment = ServiceProcess.serviceEnvironment(plan,
				TestInfrastructure.kafka().bootstrapServers(), tokens.issuer(), tokens.jwkSetUri());
		try (ServiceProcess service = ServiceProcess.start("plan-service",
				ServiceProcess.jarCommand(context, "plan-service"), FreePorts.one(), environment,
				context.work().resolve("plan-service.log"))) {
			OpenCall call = OpenCall.prepare(service.uri(), tokens, Duration.ofHours(1));
			AtomicLong numbers = new AtomicLong();
			HttpLoad posts = HttpLoad.post(service.uri().resolve(PROJECTS),
					Map.of("Authorization", "Bearer " + call.applicantToken(), "Content-Type", "application/json"),
					() -> call.application(numbers.incrementAndGet()), 201);
			Measurement saturation;
			try (Profile profile = Profile.start(context, "plan-service-creating-applications", service.pid())) {
				saturation = median(mode, mode.serviceWarmUp(), (warmUp) -> posts.closedLoop(
						"create application, saturation", "POST " + PROJECTS, mode.callers(), warmUp, mode.duration()));
			}
			double rate = Math.max(1, saturation.throughput() / 2);
			// At least a few requests at the rate, however slow the service was at saturation.
			Duration atRateFor = Collections.max(List.of(mode.duration(), Duration.ofNanos((long) (5e9 / rate))));
			Measurement atRate = posts.openLoop("create application, rate %.0f/s".formatted(rate), "POST " + PROJECTS,
					rate, Duration.ZERO, atRateFor);
			measurements.addAll(List.of(saturation, atRate));
			if (withPgbench) {
				PgBench pgbench = PgBench.require(plan, context.work());
				Measurement equivalent = median(mode, Duration.ZERO, (warmUp) -> pgbench.run(
						"create application, saturation", "pgbench, the POST's statements", transaction(context, plan),
						POOL, warmUp, mode.duration()));
				measurements.add(equivalent);
				goals.add(new Goal("create-application POST/pgbench equivalent transaction throughput",
						ratio(saturation, equivalent), true, 0.25, "×"));
			}
			goals.add(new Goal("create-application POST p99 at half its saturation", atRate.latency().p99(), false, 15,
					"ms"));
			notes.add(("the POST: plan-service from its jar (%s, its default R2DBC pool of %d), %d callers "
					+ "of the bench's JVM generator (JDK HttpClient; hey cannot vary bodies), each body a valid draft "
					+ "(about %d bytes, a new title each time) to an open call prepared through the API; only 201 "
					+ "counts; ready after %.1f s").formatted(String.join(" ", ServiceProcess.jvmOptions(mode)), POOL,
							mode.callers(), call.application(0).length(), service.readyAfter().toMillis() / 1000.0));
			if (withPgbench) {
				notes.add("pgbench's equivalent transaction, against plan-service's database with %d connections: "
					.formatted(POOL) + "select the call and the organisation, nextval of the reference sequence, "
						+ "insert a project row (the content of one the POST drafted, as a parameter), its history row "
						+ "and an audit record, as the POST's transaction does; a draft has no event, so neither writes "
						+ "an outbox row");
			}
		}
	}

	/** pgbench's options for the POST's transaction, with the values of a project the POST drafted. */
	private static List<String> transaction(BenchContext context, Database plan) throws IOException, SQLException {
		Path script = context.work().resolve("create-application.sql");
		try (InputStream resource = Objects.requireNonNull(
				WritePath.class.getResourceAsStream("create-application.sql"), "create-application.sql")) {
			Files.copy(resource, script, StandardCopyOption.REPLACE_EXISTING);
		}
		List<String> options = new ArrayList<>(List.of("-f", script.toString()));
		try (Connection connection = DriverManager.getConnection(plan.jdbcUrl(), plan.username(),
				plan.password());
				Statement statement = connection.createStatement();
				ResultSet project = statement.executeQuery("""
						select call_id, program_id, organisation_id, jurisdiction, pi_id, title, fields::text,
						       requested_amount::text, content::text
						from project limit 1""")) {
			if (!project.next()) {
				throw new IOException("The POST drafted no project");
			}
			String[] names = { "call", "program", "organisation", "jurisdiction", "pi", "title", "fields", "requested",
					"content" };
			for (int i = 0; i < names.length; i++) {
				options.addAll(List.of("-D", names[i] + "=" + project.getString(i + 1)));
			}
		}
		options.addAll(List.of("-D", "actor=bench-applicant"));
		return options;
	}

	/**
	 * The JVM harness's tables: the insert table, and unless pgbench made it, pgbench_accounts, made the way
	 * {@code pgbench -i} makes it.
	 */
	private static void prepare(HikariDataSource jdbc, int accounts) throws SQLException {
		try (Connection connection = jdbc.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table bench_insert (id uuid primary key, account integer not null, "
					+ "amount numeric(18, 2) not null, note text not null, created_at timestamptz not null)");
			if (accounts > 0) {
				statement.execute("create table pgbench_accounts (aid integer not null, bid integer, "
						+ "abalance integer, filler char(84)) with (fillfactor = 100)");
				statement.execute("insert into pgbench_accounts (aid, bid, abalance, filler) "
						+ "select aid, (aid - 1) / 100000 + 1, 0, '' from generate_series(1, " + accounts + ") aid");
				statement.execute("alter table pgbench_accounts add primary key (aid)");
				statement.execute("vacuum analyze pgbench_accounts");
			}
		}
	}

	/** A reactive load of one statement on a connection taken from the pool and given back after it. */
	private static OperationLoad pooled(ConnectionPool pool,
			Function<io.r2dbc.spi.Connection, Flux<?>> statement) {
		return OperationLoad.reactive(() -> Mono.usingWhen(pool.create(), (connection) -> statement.apply(connection)
			.then(), (connection) -> connection.close()));
	}

	private static HikariDataSource hikari(Database database) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.jdbcUrl());
		config.setUsername(database.username());
		config.setPassword(database.password());
		config.setMaximumPoolSize(POOL);
		config.setMinimumIdle(POOL);
		config.setPoolName("bench-jdbc");
		return new HikariDataSource(config);
	}

	private static ConnectionPool r2dbc(Database database) {
		PostgresqlConnectionFactory factory = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration
			.builder()
			.host(database.host())
			.port(database.port())
			.database(database.name())
			.username(database.username())
			.password(database.password())
			.build());
		return new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
			.initialSize(POOL)
			.maxSize(POOL)
			.name("bench-r2dbc")
			.build());
	}

	/** The same statement with JDBC's placeholders. */
	private static String jdbcSql(String sql) {
		return sql.replaceAll("\\$\\d+", "?");
	}

	private static int account(int rows) {
		return ThreadLocalRandom.current().nextInt(1, rows + 1);
	}

	private static BigDecimal amount() {
		return BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(100, 10_000_000), 2);
	}

	private static double ratio(Measurement measured, Measurement reference) {
		return (reference.throughput() > 0) ? measured.throughput() / reference.throughput() : 0;
	}

	/** The run of median throughput of the mode's runs, the first one after a warm-up, the others straight after. */
	private static <E extends Exception> Measurement median(Mode mode, Duration warmUp, Runs.Run<E> run) throws E {
		return Runs.median(mode, Runs.byThroughput(), warmUp, run);
	}

}
