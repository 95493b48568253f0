package org.scibureau.platform.outbox;

import java.util.List;
import java.util.Optional;

import io.r2dbc.postgresql.codec.Json;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.events.EventCatalog;
import org.scibureau.platform.events.EventType;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.observability.CorrelationId;

/**
 * Appends published events to the outbox table.
 * <p>
 * Call it inside the transaction that changes the aggregate (for instance within the same
 * {@code TransactionalOperator}): the state change and its events then commit or roll back together, and the
 * {@link OutboxRelay} publishes them afterwards. The correlation id of the current pipeline travels with them.
 */
public final class Outbox {

	private static final String INSERT = """
			insert into platform.outbox (event_id, topic, event_key, event_type, event_source, data_schema, payload,
			                             correlation_id, occurred_at)
			values (:eventId, :topic, :key, :type, :source, :dataSchema, :payload, :correlationId, :occurredAt)
			""";

	private final DatabaseClient database;

	private final JsonMapper json;

	public Outbox(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	/** Appends events in the given order; they are published in that order. */
	public Mono<Void> append(List<? extends PublishedEvent> events) {
		return CorrelationId.current()
			.flatMapMany((correlationId) -> Flux.fromIterable(events)
				.concatMap((event) -> insert(event, correlationId)))
			.then();
	}

	/** Appends one event. */
	public Mono<Void> append(PublishedEvent event) {
		return append(List.of(event));
	}

	private Mono<Long> insert(PublishedEvent event, Optional<String> correlationId) {
		EventType<?> type = EventCatalog.of(event);
		DatabaseClient.GenericExecuteSpec insert = this.database.sql(INSERT)
			.bind("eventId", event.eventId())
			.bind("topic", type.topic())
			.bind("key", event.aggregateId().toString())
			.bind("type", type.type())
			.bind("source", type.source())
			.bind("dataSchema", type.dataSchema().toString())
			.bind("payload", Json.of(this.json.writeValueAsBytes(event)))
			.bind("occurredAt", event.occurredAt());
		DatabaseClient.GenericExecuteSpec complete = correlationId.isPresent()
				? insert.bind("correlationId", correlationId.get()) : insert.bindNull("correlationId", String.class);
		return complete.fetch().rowsUpdated();
	}

}
