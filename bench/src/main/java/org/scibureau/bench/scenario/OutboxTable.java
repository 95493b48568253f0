package org.scibureau.bench.scenario;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.test.infrastructure.Database;

/**
 * A producing service's outbox ({@code platform.outbox}), read and written by the bench over JDBC with the
 * database's owner role. Commit times come from PostgreSQL's commit timestamps, so the server must run with
 * {@code track_commit_timestamp}.
 */
final class OutboxTable implements AutoCloseable {

	private final Connection connection;

	OutboxTable(Database database) throws SQLException {
		this.connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

	/** The position of the newest row, 0 when there is none. */
	long lastPosition() throws SQLException {
		return single("select coalesce(max(position), 0) from platform.outbox");
	}

	/** How many rows it holds, published or not. */
	long count() throws SQLException {
		return single("select count(*) from platform.outbox");
	}

	/**
	 * When the transaction that wrote each event in the positions {@code (from, to]} committed, for events that
	 * registered a researcher: the commit timestamp of that researcher's row, written in the same transaction (the
	 * outbox row itself is rewritten when the relay marks it published).
	 */
	Map<UUID, Instant> registrationsCommitted(long from, long to) throws SQLException {
		return instants("""
				select o.event_id, pg_xact_commit_timestamp(r.xmin)
				from platform.outbox o join researcher r on r.id::text = o.event_key
				where o.position > ? and o.position <= ?""", from, to);
	}

	/**
	 * When the relay's transaction that marked each event in {@code (from, to]} published committed, which it does
	 * once Kafka has acknowledged the event: the commit timestamp of the row as the mark rewrote it.
	 */
	Map<UUID, Instant> publicationsCommitted(long from, long to) throws SQLException {
		return instants("""
				select event_id, pg_xact_commit_timestamp(xmin) from platform.outbox
				where position > ? and position <= ? and published_at is not null""", from, to);
	}

	/** When the transaction that wrote each event in {@code (from, to]} started (its {@code created_at}). */
	Map<UUID, Instant> created(long from, long to) throws SQLException {
		return instants("select event_id, created_at from platform.outbox where position > ? and position <= ?", from,
				to);
	}

	/** When the newest row in {@code (from, to]} was marked published, if all were. */
	@Nullable Instant allPublishedAt(long from, long to) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("""
				select max(published_at), count(*) filter (where published_at is null)
				from platform.outbox where position > ? and position <= ?""")) {
			statement.setLong(1, from);
			statement.setLong(2, to);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				OffsetDateTime last = result.getObject(1, OffsetDateTime.class);
				return (last != null && result.getLong(2) == 0) ? last.toInstant() : null;
			}
		}
	}

	/** Every event's id, by key, each key's in outbox order (the order its partition keeps). */
	Map<String, List<UUID>> eventsByKey() throws SQLException {
		Map<String, List<UUID>> keys = new LinkedHashMap<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery(
						"select event_key, event_id from platform.outbox order by position")) {
			while (result.next()) {
				keys.computeIfAbsent(result.getString(1), (key) -> new ArrayList<>())
					.add(result.getObject(2, UUID.class));
			}
		}
		return keys;
	}

	/**
	 * Appends a backlog in one transaction: copies of the newest row, each with a new event id and a key (the
	 * researcher's id) of its own, in its payload too.
	 * @return when the transaction had committed
	 */
	Instant appendCopies(int count) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("""
				insert into platform.outbox (event_id, topic, event_key, event_type, event_source, data_schema, payload,
				                             occurred_at)
				select copy.id, newest.topic, copy.key::text, newest.event_type, newest.event_source, newest.data_schema,
				       newest.payload || jsonb_build_object('eventId', copy.id, 'researcherId', copy.key),
				       newest.occurred_at
				from (select gen_random_uuid() as id, gen_random_uuid() as key from generate_series(1, ?)) copy
				cross join (select * from platform.outbox order by position desc limit 1) newest""")) {
			statement.setInt(1, count);
			statement.executeUpdate();
			return Instant.now();
		}
	}

	/** Drops the trigger's notifications, which a relay that only polls does not need. */
	void disableNotify() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("alter table platform.outbox disable trigger outbox_notify");
		}
	}

	private long single(String query) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			result.next();
			return result.getLong(1);
		}
	}

	private Map<UUID, Instant> instants(String query, long from, long to) throws SQLException {
		Map<UUID, Instant> instants = new HashMap<>();
		try (PreparedStatement statement = this.connection.prepareStatement(query)) {
			statement.setLong(1, from);
			statement.setLong(2, to);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					instants.put(result.getObject(1, UUID.class), result.getObject(2, OffsetDateTime.class).toInstant());
				}
			}
		}
		return instants;
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
