package org.scibureau.platform.testapp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.platform.events.EventCatalog;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.inbox.UnprocessableEventException;
import org.scibureau.platform.observability.CorrelationId;

/**
 * The effect of consumed events: a row in the {@code effect} table, unless a test scripted something else for the
 * event (a delay, failures, a refusal). Every attempt is remembered, so tests can count retries.
 */
@Component
public class EffectScript {

	private final DatabaseClient database;

	private final Map<UUID, Behaviour> behaviours = new ConcurrentHashMap<>();

	private final Map<UUID, List<Instant>> attempts = new ConcurrentHashMap<>();

	EffectScript(DatabaseClient database) {
		this.database = database;
	}

	/** Every attempt at the event fails with a retryable exception. */
	public void failAlways(UUID eventId) {
		this.behaviours.put(eventId, new Behaviour(Integer.MAX_VALUE, false, Duration.ZERO));
	}

	/** The first {@code failures} attempts at the event fail with a retryable exception; the next one applies it. */
	public void failFirst(UUID eventId, int failures) {
		this.behaviours.put(eventId, new Behaviour(failures, false, Duration.ZERO));
	}

	/** The event is refused as one that can never be applied. */
	public void refuse(UUID eventId) {
		this.behaviours.put(eventId, new Behaviour(0, true, Duration.ZERO));
	}

	/** The event is applied after a pause. */
	public void delay(UUID eventId, Duration delay) {
		this.behaviours.put(eventId, new Behaviour(0, false, delay));
	}

	/** When each attempt at the event started. */
	public List<Instant> attempts(UUID eventId) {
		return List.copyOf(this.attempts.getOrDefault(eventId, List.of()));
	}

	/** The effect of events for one consumer, as the inbox runs it. */
	public Function<PublishedEvent, Mono<Void>> effectFor(String consumer) {
		return (event) -> apply(consumer, event);
	}

	private Mono<Void> apply(String consumer, PublishedEvent event) {
		List<Instant> tries = this.attempts.computeIfAbsent(event.eventId(), (id) -> new CopyOnWriteArrayList<>());
		tries.add(Instant.now());
		Behaviour behaviour = this.behaviours.getOrDefault(event.eventId(), Behaviour.APPLY);
		if (behaviour.refused()) {
			return Mono.error(new UnprocessableEventException("Event " + event.eventId() + " is refused"));
		}
		if (tries.size() <= behaviour.failures()) {
			return Mono.error(new IllegalStateException("Attempt " + tries.size() + " at " + event.eventId() + " failed"));
		}
		return Mono.delay(behaviour.delay()).then(record(consumer, event));
	}

	/** Records the effect, with the correlation id the effect sees in its Reactor context. */
	public Mono<Void> record(String consumer, PublishedEvent event) {
		return CorrelationId.current()
			.flatMap((correlationId) -> this.database.sql("""
					insert into effect (consumer, event_id, aggregate_id, event_type, correlation_id)
					values (:consumer, :eventId, :aggregateId, :type, :correlationId)
					""")
				.bind("consumer", consumer)
				.bind("eventId", event.eventId())
				.bind("aggregateId", event.aggregateId())
				.bind("type", EventCatalog.of(event).type())
				.bind("correlationId", correlationId.orElse("none"))
				.then());
	}

	private record Behaviour(int failures, boolean refused, Duration delay) {

		static final Behaviour APPLY = new Behaviour(0, false, Duration.ZERO);

	}

}
