package org.scibureau.bench.scenario;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.scibureau.platform.test.infrastructure.Database;

/**
 * A consuming service's inbox ({@code platform.inbox}) for one consumer, read by the bench over JDBC: an event's row
 * commits with its effect, so its commit timestamp ({@code track_commit_timestamp}) is when the effect committed.
 */
final class InboxTable implements AutoCloseable {

	private final Connection connection;

	private final String consumer;

	InboxTable(Database database, String consumer) throws SQLException {
		this.connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
		this.consumer = consumer;
	}

	/** How many events the consumer applied. */
	long count() throws SQLException {
		try (PreparedStatement statement = this.connection
			.prepareStatement("select count(*) from platform.inbox where consumer = ?")) {
			statement.setString(1, this.consumer);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	/** The effects of those of the events the consumer applied. */
	Map<UUID, Effect> effects(Collection<UUID> events) throws SQLException {
		Map<UUID, Effect> effects = new HashMap<>();
		try (PreparedStatement statement = this.connection.prepareStatement("""
				select event_id, pg_xact_commit_timestamp(xmin), xmin::text::bigint from platform.inbox
				where consumer = ? and event_id = any(?)""")) {
			statement.setString(1, this.consumer);
			statement.setArray(2, this.connection.createArrayOf("uuid", events.toArray()));
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					effects.put(result.getObject(1, UUID.class),
							new Effect(result.getObject(2, OffsetDateTime.class).toInstant(), result.getLong(3)));
				}
			}
		}
		return effects;
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

	/**
	 * An applied event.
	 *
	 * @param committed when its effect committed
	 * @param transaction the id of that transaction: with the commit time, the order in which effects were applied
	 */
	record Effect(Instant committed, long transaction) implements Comparable<Effect> {

		@Override
		public int compareTo(Effect other) {
			int byTime = this.committed.compareTo(other.committed);
			return (byTime != 0) ? byTime : Long.compare(this.transaction, other.transaction);
		}

	}

}
