package org.scibureau.platform.history;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The append-only history table of one aggregate type ({@code <aggregate>_history}): every state change of an
 * aggregate appends who did what, when, from which state to which, and why, in the change's transaction, and the
 * service shows it as {@code GET …/{id}/history}. The table has the columns {@code id} (identity), the aggregate
 * column, {@code action}, {@code from_status}, {@code to_status}, {@code actor}, {@code reason} and {@code at}.
 */
public final class HistoryLog {

	private final DatabaseClient database;

	private final String insert;

	private final String select;

	/**
	 * @param database the service's database
	 * @param table the history table, e.g. {@code plan_history}
	 * @param aggregateColumn the column naming the aggregate, e.g. {@code plan_id}
	 */
	public HistoryLog(DatabaseClient database, String table, String aggregateColumn) {
		this.database = database;
		this.insert = "insert into " + table + " (" + aggregateColumn
				+ ", action, from_status, to_status, actor, reason, at) values (:id, :action, :from, :to, :actor, :reason, :at)";
		this.select = "select action, from_status, to_status, actor, reason, at from " + table + " where "
				+ aggregateColumn + " = :id order by id";
	}

	/** Appends an entry; call it in the transaction of the state change. */
	public Mono<Void> append(UUID aggregateId, HistoryEntry entry) {
		DatabaseClient.GenericExecuteSpec spec = this.database.sql(this.insert)
			.bind("id", aggregateId)
			.bind("action", entry.action())
			.bind("to", entry.toStatus())
			.bind("actor", entry.actor())
			.bind("at", entry.at());
		spec = (entry.fromStatus() != null) ? spec.bind("from", entry.fromStatus()) : spec.bindNull("from", String.class);
		spec = (entry.reason() != null) ? spec.bind("reason", entry.reason()) : spec.bindNull("reason", String.class);
		return spec.then();
	}

	/** The aggregate's history, oldest first. */
	public Flux<HistoryEntry> entries(UUID aggregateId) {
		return this.database.sql(this.select)
			.bind("id", aggregateId)
			.map((row) -> new HistoryEntry(row.get("action", String.class), row.get("from_status", String.class),
					row.get("to_status", String.class), row.get("actor", String.class), row.get("reason", String.class),
					row.get("at", Instant.class)))
			.all();
	}

}
