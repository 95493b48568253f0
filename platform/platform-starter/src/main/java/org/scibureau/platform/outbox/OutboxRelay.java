package org.scibureau.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.scibureau.platform.cloudevents.CloudEventRecords;
import org.scibureau.platform.cloudevents.OutgoingEvent;

/**
 * Publishes outbox rows to Kafka in outbox order, at least once, from exactly one instance per service.
 * <p>
 * The relay works on one dedicated database connection that holds a session-level PostgreSQL advisory lock:
 * only the holder relays, the other instances wait on standby and take over when its connection ends. It wakes
 * up on {@code LISTEN/NOTIFY} or by polling ({@link OutboxProperties#wakeUp()}), publishes a batch through an
 * idempotent producer, and marks as published only the rows that Kafka acknowledged, stopping at the first
 * failure so that nothing overtakes an unpublished row. After a broker outage or a restart it resumes at the
 * oldest unpublished row; a row that was sent but not marked is sent again, which consumers' inboxes absorb.
 */
public final class OutboxRelay implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxRelay.class);

	/** Key of the advisory lock: one per database, so one per service. */
	static final long LOCK_KEY = 0x5C1B_0001L;

	static final String CHANNEL = "scibureau_outbox";

	private static final String SELECT_BATCH = """
			select position, event_id, topic, event_key, event_type, event_source, data_schema, payload,
			       correlation_id, occurred_at
			from platform.outbox where published_at is null order by position limit $1
			""";

	private final ConnectionFactory connections;

	private final KafkaTemplate<String, byte[]> kafka;

	private final CloudEventRecords cloudEvents;

	private final OutboxProperties properties;

	private final AtomicBoolean leader = new AtomicBoolean();

	private final Counter published;

	private final Counter failures;

	private final Timer lag;

	private volatile @Nullable Disposable running;

	/**
	 * @param connections a connection factory that is not pooled: the relay keeps its connection for as long as
	 * it leads, and its advisory lock lives and dies with it
	 */
	public OutboxRelay(ConnectionFactory connections, KafkaTemplate<String, byte[]> kafka,
			CloudEventRecords cloudEvents, OutboxProperties properties, MeterRegistry meters) {
		this.connections = connections;
		this.kafka = kafka;
		this.cloudEvents = cloudEvents;
		this.properties = properties;
		this.published = Counter.builder("scibureau.outbox.published")
			.description("Outbox rows published to Kafka")
			.register(meters);
		this.failures = Counter.builder("scibureau.outbox.publish.failures")
			.description("Failed attempts to publish an outbox row")
			.register(meters);
		this.lag = Timer.builder("scibureau.outbox.lag")
			.description("Time from an event's commit to Kafka's acknowledgement")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		meters.gauge("scibureau.outbox.leader", this.leader, (flag) -> flag.get() ? 1 : 0);
	}

	/** Whether this instance currently holds the relay's lock. */
	public boolean isLeader() {
		return this.leader.get();
	}

	@Override
	public void start() {
		this.running = Mono.defer(this::cycle)
			.repeat()
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.properties.retryBackoff())
				.maxBackoff(this.properties.maxRetryBackoff())
				.doBeforeRetry((signal) -> logger.warn("Outbox relay interrupted, retrying: " + signal.failure())))
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable subscription = this.running;
		if (subscription != null) {
			subscription.dispose();
		}
		this.running = null;
		this.leader.set(false);
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

	@Override
	public int getPhase() {
		// Start after the web server and listeners, stop before the Kafka producer goes away.
		return Integer.MAX_VALUE - 100;
	}

	/** One term: connect, try to lead, relay until the connection ends; or wait and give up the connection. */
	private Mono<Void> cycle() {
		return Mono.usingWhen(Mono.from(this.connections.create()), this::leadOrStandBy,
				(connection) -> Mono.from(connection.close()).doFinally((signal) -> this.leader.set(false)));
	}

	private Mono<Void> leadOrStandBy(Connection connection) {
		return tryLock(connection).flatMap((locked) -> {
			if (!locked) {
				return Mono.delay(this.properties.leaderRetryInterval()).then();
			}
			this.leader.set(true);
			logger.info("Outbox relay is active on this instance (wake-up " + this.properties.wakeUp() + ")");
			return relay(connection);
		});
	}

	private Mono<Boolean> tryLock(Connection connection) {
		return Flux.from(connection.createStatement("select pg_try_advisory_lock($1) as locked")
			.bind("$1", LOCK_KEY)
			.execute()).flatMap((result) -> result.map((row) -> row.get("locked", Boolean.class))).next();
	}

	private Mono<Void> relay(Connection connection) {
		Flux<Object> ticks = Flux.interval(Duration.ZERO, this.properties.pollInterval()).cast(Object.class);
		// LISTEN goes out before the first poll, so a row committed meanwhile is either polled or notified.
		Flux<Object> wakeUps = (this.properties.wakeUp() == OutboxProperties.WakeUp.NOTIFY)
				? Flux.merge(notifications(connection), ticks) : ticks;
		return wakeUps.onBackpressureLatest().concatMap((tick) -> drainUntilPublished(connection), 1).then();
	}

	/**
	 * Drains, backing off while the broker refuses publications, without giving up the connection and its lock:
	 * records already handed to this instance's producer may still reach the broker, so no other instance may
	 * publish the rows after them meanwhile.
	 */
	private Mono<Void> drainUntilPublished(Connection connection) {
		return drain(connection).retryWhen(Retry.backoff(Long.MAX_VALUE, this.properties.retryBackoff())
			.maxBackoff(this.properties.maxRetryBackoff())
			.filter(OutboxPublicationException.class::isInstance)
			.doBeforeRetry((signal) -> logger.warn("Outbox publication failed, retrying: " + signal.failure())));
	}

	private Flux<Object> notifications(Connection connection) {
		if (!(connection instanceof PostgresqlConnection postgres)) {
			throw new IllegalStateException("The outbox relay needs a PostgreSQL connection for LISTEN/NOTIFY");
		}
		return Flux.from(postgres.createStatement("LISTEN " + CHANNEL).execute())
			.flatMap((result) -> result.getRowsUpdated())
			.thenMany(postgres.getNotifications())
			.cast(Object.class)
			.concatWith(Mono.error(() -> new IllegalStateException("Notification stream of the relay ended")));
	}

	/** Publishes batches until the outbox has no unpublished row or a publication fails. */
	private Mono<Void> drain(Connection connection) {
		return publishBatch(connection).expand((count) -> (count == this.properties.batchSize())
				? publishBatch(connection) : Mono.empty()).then();
	}

	private Mono<Integer> publishBatch(Connection connection) {
		return Flux.from(connection.createStatement(SELECT_BATCH).bind("$1", this.properties.batchSize()).execute())
			.flatMap((result) -> result.map(OutboxRelay::read))
			.collectList()
			.flatMap((rows) -> rows.isEmpty() ? Mono.just(0) : publish(connection, rows));
	}

	private Mono<Integer> publish(Connection connection, List<Row> rows) {
		return Mono.fromCallable(() -> send(rows))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMapMany(Flux::fromIterable)
			.concatMap((sent) -> Mono.fromFuture(sent.acknowledgement())
				.timeout(this.properties.sendTimeout())
				.thenReturn(sent.row())
				.onErrorResume((failure) -> recordFailure(connection, sent.row(), failure)))
			.takeUntil(Row::failed)
			.filter((row) -> !row.failed())
			.collectList()
			.flatMap((acknowledged) -> markPublished(connection, acknowledged)
				.then(acknowledged.size() < rows.size() ? Mono.error(new OutboxPublicationException(
						"Published " + acknowledged.size() + " of " + rows.size() + " outbox rows"))
						: Mono.just(rows.size())));
	}

	/** Hands every row to the producer in order, so that it keeps their order per partition. */
	private List<Sent> send(List<Row> rows) {
		List<Sent> sent = new ArrayList<>(rows.size());
		for (Row row : rows) {
			ProducerRecord<String, byte[]> record = this.cloudEvents.toRecord(row.event());
			try {
				sent.add(new Sent(row, this.kafka.send(record)));
			}
			catch (RuntimeException ex) {
				sent.add(new Sent(row, CompletableFuture.failedFuture(ex)));
				break;
			}
		}
		return sent;
	}

	private Mono<Row> recordFailure(Connection connection, Row row, Throwable failure) {
		this.failures.increment();
		logger.warn("Could not publish outbox row " + row.position() + " (" + row.event().type() + "): " + failure);
		return Flux.from(connection
			.createStatement("update platform.outbox set attempts = attempts + 1, last_error = $1 where position = $2")
			.bind("$1", String.valueOf(failure))
			.bind("$2", row.position())
			.execute()).flatMap((result) -> result.getRowsUpdated()).then(Mono.just(row.failedCopy()));
	}

	private Mono<Void> markPublished(Connection connection, List<Row> rows) {
		if (rows.isEmpty()) {
			return Mono.empty();
		}
		Long[] positions = rows.stream().map(Row::position).toArray(Long[]::new);
		Instant now = Instant.now();
		return Flux.from(connection
			.createStatement("update platform.outbox set published_at = now() where position = any($1)")
			.bind("$1", positions)
			.execute()).flatMap((result) -> result.getRowsUpdated()).then(Mono.fromRunnable(() -> {
				this.published.increment(rows.size());
				rows.forEach((row) -> this.lag.record(Duration.between(row.event().time(), now)));
			}));
	}

	private static Row read(Readable row) {
		Json payload = row.get("payload", Json.class);
		OutgoingEvent event = new OutgoingEvent(row.get("event_id", UUID.class), row.get("topic", String.class),
				row.get("event_key", String.class), row.get("event_type", String.class),
				row.get("event_source", String.class), row.get("data_schema", String.class),
				row.get("occurred_at", Instant.class), row.get("correlation_id", String.class),
				(payload != null) ? payload.asArray() : new byte[0]);
		return new Row(row.get("position", Long.class), event, false);
	}

	private record Row(Long position, OutgoingEvent event, boolean failed) {

		Row failedCopy() {
			return new Row(this.position, this.event, true);
		}

	}

	private record Sent(Row row, CompletableFuture<SendResult<String, byte[]>> acknowledgement) {
	}

}
