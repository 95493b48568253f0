package org.scibureau.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;

import org.scibureau.bench.Measurement;
import org.scibureau.platform.test.infrastructure.Database;

/**
 * One SQL query sent over JDBC (pgjdbc, a connection per caller, the statement prepared once) by a closed loop, to
 * time a database path beside the service that runs the same query. Every column of every row is read as text, as a
 * service reads what it asked for. Each caller runs the query at least {@value #AT_LEAST} times in each phase, so
 * that a slow query still gives a few latencies; a failed query counts as an error.
 */
public final class JdbcLoad {

	private static final int AT_LEAST = 3;

	private final Database database;

	private final String sql;

	private final List<Object> parameters;

	/**
	 * @param database where the query runs, as its owner
	 * @param sql the query, with {@code ?} placeholders
	 * @param parameters the placeholders' values, in order
	 */
	public JdbcLoad(Database database, String sql, List<Object> parameters) {
		this.database = database;
		this.sql = sql;
		this.parameters = List.copyOf(parameters);
	}

	/**
	 * Latency of the query: {@code callers} callers run it back to back.
	 * @param name the measurement's name
	 * @param target what the query is
	 * @param callers how many at once, each on its own connection
	 * @param warmUp how long to run before measuring
	 * @param duration how long to measure
	 * @return the measurement
	 * @throws SQLException if the connections cannot be opened or the statement prepared
	 */
	public Measurement closedLoop(String name, String target, int callers, Duration warmUp, Duration duration)
			throws SQLException {
		List<Connection> connections = new ArrayList<>();
		try {
			List<PreparedStatement> statements = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				Connection connection = DriverManager.getConnection(this.database.jdbcUrl(),
						this.database.username(), this.database.password());
				connections.add(connection);
				PreparedStatement statement = connection.prepareStatement(this.sql);
				for (int p = 0; p < this.parameters.size(); p++) {
					statement.setObject(p + 1, this.parameters.get(p));
				}
				statements.add(statement);
			}
			run(statements, warmUp, null);
			Recording run = new Recording(duration);
			run(statements, duration, run);
			return run.measurement(name, target);
		}
		finally {
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}

	private static void run(List<PreparedStatement> statements, Duration duration, @Nullable Recording run) {
		long end = System.nanoTime() + duration.toNanos();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (PreparedStatement statement : statements) {
				threads.submit(() -> {
					for (int done = 0; done < AT_LEAST || System.nanoTime() < end; done++) {
						long started = System.nanoTime();
						boolean ok = execute(statement);
						if (run != null) {
							run.record(started, System.nanoTime(), ok);
						}
					}
				});
			}
		}
	}

	private static boolean execute(PreparedStatement statement) {
		try (ResultSet rows = statement.executeQuery()) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int i = 1; i <= columns; i++) {
					rows.getString(i);
				}
			}
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
