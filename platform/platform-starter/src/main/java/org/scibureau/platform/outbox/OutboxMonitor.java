package org.scibureau.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Measures the outbox backlog (rows not yet published) and the age of its oldest row, for metrics and the
 * health endpoint, and purges published rows past their retention.
 * <p>
 * The health status stays UP whatever the backlog: during a broker outage the service keeps accepting writes
 * into the outbox, so the backlog is a detail and a metric to alert on, not a reason to stop taking traffic.
 */
public final class OutboxMonitor implements ReactiveHealthIndicator, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxMonitor.class);

	private final DatabaseClient database;

	private final OutboxProperties properties;

	private final @Nullable OutboxRelay relay;

	private final AtomicLong backlog = new AtomicLong();

	private final AtomicReference<@Nullable Instant> oldest = new AtomicReference<>();

	private volatile @Nullable Disposable running;

	public OutboxMonitor(DatabaseClient database, OutboxProperties properties, @Nullable OutboxRelay relay,
			MeterRegistry meters) {
		this.database = database;
		this.properties = properties;
		this.relay = relay;
		Gauge.builder("scibureau.outbox.backlog", this.backlog, AtomicLong::get)
			.description("Outbox rows not yet published")
			.register(meters);
		Gauge.builder("scibureau.outbox.oldest.age", this, (monitor) -> monitor.oldestAge().toMillis() / 1000.0)
			.description("Age in seconds of the oldest unpublished outbox row (0 when none)")
			.baseUnit("seconds")
			.register(meters);
	}

	@Override
	public Mono<Health> health() {
		return measure().map((ignored) -> {
			Health.Builder health = Health.up()
				.withDetail("backlog", this.backlog.get())
				.withDetail("oldestAgeSeconds", oldestAge().toSeconds())
				.withDetail("wakeUp", this.properties.wakeUp().name());
			if (this.relay != null) {
				health.withDetail("relayActiveHere", this.relay.isLeader());
			}
			return health.build();
		});
	}

	/** Reads the current backlog and the time of the oldest unpublished row. */
	Mono<Long> measure() {
		return this.database
			.sql("select count(*) as backlog, min(created_at) as oldest from platform.outbox where published_at is null")
			.map((row) -> {
				Long count = row.get("backlog", Long.class);
				this.backlog.set((count != null) ? count : 0);
				this.oldest.set(row.get("oldest", Instant.class));
				return this.backlog.get();
			})
			.one();
	}

	Duration oldestAge() {
		Instant since = this.oldest.get();
		return (since != null) ? Duration.between(since, Instant.now()) : Duration.ZERO;
	}

	private Mono<Long> purge() {
		return this.database.sql("""
				delete from platform.outbox where position in (
				    select position from platform.outbox where published_at < :before limit 10000)
				""").bind("before", Instant.now().minus(this.properties.retention())).fetch().rowsUpdated();
	}

	@Override
	public void start() {
		// A measurement slower than the interval skips ticks; without the drop the interval would fail with an
		// overflow and end the monitoring for good.
		this.running = Flux.interval(this.properties.monitorInterval())
			.onBackpressureDrop()
			.concatMap((tick) -> measure().then(purge())
				.onErrorResume((failure) -> {
					logger.debug("Could not measure the outbox", failure);
					return Mono.empty();
				}))
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable subscription = this.running;
		if (subscription != null) {
			subscription.dispose();
		}
		this.running = null;
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

}
