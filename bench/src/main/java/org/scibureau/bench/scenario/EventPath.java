package org.scibureau.bench.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;
import org.scibureau.bench.Scenario;
import org.scibureau.bench.ScenarioResult;
import org.scibureau.bench.load.HttpLoad;
import org.scibureau.bench.load.KafkaRoundTrip;
import org.scibureau.bench.load.Profile;
import org.scibureau.bench.load.ServiceGroup;
import org.scibureau.bench.load.ServiceProcess;
import org.scibureau.bench.scenario.InboxTable.Effect;
import org.scibureau.platform.events.talent.TalentTopics;
import org.scibureau.platform.test.infrastructure.EmbeddedPostgresServer;
import org.scibureau.platform.test.infrastructure.KafkaProcess;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Scenario 3: the event path, from the transaction that commits an event in one service to the transaction that
 * commits its effect in another (outbox, relay, Kafka, inbox, effect). The flow is talent-service's
 * {@code ResearcherRegistered}, which plan-service's talent pool applies (its researcher row and its inbox row, in
 * one transaction), triggered by the cheapest creating call there is, {@code POST /api/talent/researchers}.
 * <p>
 * Commit-to-effect is read from the two databases afterwards: PostgreSQL's commit timestamps of the registered
 * researcher's row (the event's transaction) and of the consumer's inbox row (the effect's transaction), on one
 * server and one clock, so it is exact to the microsecond and the bench does not touch the path while it runs.
 * Measured at saturation (closed loop) and at half of it (open loop), beside a bare Kafka producer and consumer at
 * the same rate with the same record; the same at a second talent-service whose relay only polls, every second;
 * a backlog appended in one transaction; and a 10 s broker outage under writes, after which every event's effect must
 * be there once and in order per key.
 */
public final class EventPath implements Scenario {

	private static final String CLIENT = "scibureau-bench";

	private static final String JURISDICTION = "510100";

	private static final String RESEARCHERS = "/api/talent/researchers";

	private static final String REGISTRATION = """
			{"name":"Bench Researcher","fields":["bench"],"nationality":"CN","jurisdiction":"%s"}"""
		.formatted(JURISDICTION);

	/** plan-service's talent pool, the consumer of researcher events. */
	private static final String CONSUMER = "talent-pool";

	private static final Duration PARK = Duration.ofMillis(20);

	/** Researchers updated in turn during the outage, so that each key has a sequence of events to keep in order. */
	private static final int OUTAGE_KEYS = 5;

	private static final double OUTAGE_WRITES_PER_SECOND = 20;

	private static final Duration BEFORE_OUTAGE = Duration.ofSeconds(1);

	private static final Duration OUTAGE = Duration.ofSeconds(10);

	@Override
	public String name() {
		return "event-path";
	}

	@Override
	public ScenarioResult run(BenchContext context) throws Exception {
		Mode mode = context.mode();
		TestTokens tokens = TestTokens.shared();
		// The full run takes longer than a token's default 10 minutes: its outage came after the token had expired.
		String token = tokens.token()
			.clientId(CLIENT)
			.subject(CLIENT)
			.roles("talent-officer")
			.jurisdiction(JURISDICTION)
			.expiresIn(Duration.ofHours(2))
			.build();
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
		Map<String, String> json = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
		List<Measurement> measurements = new ArrayList<>();
		List<Goal> goals = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.builder()
			.serverConfig("track_commit_timestamp", "on")
			.serverConfig("fsync", "off")
			.serverConfig("synchronous_commit", "off")
			.serverConfig("full_page_writes", "off")
			.logFile(context.work().resolve("postgres.log"))
			.start(); KafkaProcess kafka = TestInfrastructure.newStoppableKafka();
				Services services = Services.start(context, postgres, kafka.bootstrapServers(), tokens);
				OutboxTable notifying = new OutboxTable(postgres.database("talent"));
				OutboxTable polling = (services.talentPoll() != null)
						? new OutboxTable(postgres.database("talent_poll")) : null;
				InboxTable inbox = new InboxTable(postgres.database("plan"), CONSUMER)) {
			Pipeline path = new Pipeline(inbox,
					(polling != null) ? List.of(notifying, polling) : List.of(notifying));
			notes.add(services.readiness(mode));

			// The relay as it ships (NOTIFY): saturation, then half of it, then bare Kafka at that rate.
			Producer notify = new Producer("NOTIFY", notifying,
					HttpLoad.post(services.talent().uri().resolve(RESEARCHERS), json, () -> REGISTRATION, 201));
			path.warmUp(notify, mode);
			Figures notifyMax = Figures.median(Runs.each(mode, () -> path.saturation(notify, mode)),
					Runs.byThroughput());
			double rate = Math.max(1, notifyMax.path().throughput() / 2);
			String atRate = "rate %.0f/s".formatted(rate);
			Figures notifyAtRate = Figures.median(Runs.each(mode, () -> path.atRate(notify, atRate, rate, mode)),
					Runs.byP99());
			KafkaRoundTrip bare = KafkaRoundTrip.copying(kafka.bootstrapServers(), TalentTopics.RESEARCHER,
					"bench.round-trip");
			Measurement bareAtRate = Runs.median(mode, Runs.byP99(), mode.warmUp(),
					(warmUp) -> bare.openLoop(atRate, "bare Kafka", rate, warmUp, mode.duration()));
			measurements.addAll(List.of(notifyMax.http(), notifyMax.path(), notifyAtRate.http(), notifyAtRate.path(),
					notifyAtRate.relay(), bareAtRate));
			goals.add(new Goal("commit-to-effect p99 − bare Kafka round-trip p99, at half of saturation",
					notifyAtRate.path().latency().p99() - bareAtRate.latency().p99(), false, 20, "ms"));
			notes.add("steady rate: the NOTIFY path's effects/s at saturation, %.0f/s, with registrations at %.0f/s"
				.formatted(notifyMax.path().throughput(), notifyMax.http().throughput()));
			notes.add(("where the time goes at %s: commit-to-effect p50 %.1f ms, p99 %.1f ms, of which the relay's "
					+ "part (from the event's commit to the commit marking it published after Kafka's acknowledgement) "
					+ "p50 %.1f ms, p99 %.1f ms; the rest is the consumer's fetch, its inbox and the effect's "
					+ "transaction").formatted(atRate, notifyAtRate.path().latency().p50(),
							notifyAtRate.path().latency().p99(), notifyAtRate.relay().latency().p50(),
							notifyAtRate.relay().latency().p99()));

			// The same relay polling every second, without the trigger it does not need.
			ServiceProcess pollingService = services.talentPoll();
			if (pollingService != null && polling != null) {
				polling.disableNotify();
				Producer poll = new Producer("POLL 1 s", polling,
						HttpLoad.post(pollingService.uri().resolve(RESEARCHERS), json, () -> REGISTRATION, 201));
				path.warmUp(poll, mode);
				Figures pollMax = Figures.median(Runs.each(mode, () -> path.saturation(poll, mode)),
						Runs.byThroughput());
				Figures pollAtRate = Figures.median(Runs.each(mode, () -> path.atRate(poll, atRate, rate, mode)),
						Runs.byP99());
				measurements.addAll(List.of(pollMax.http(), pollMax.path(), pollAtRate.http(), pollAtRate.path(),
						pollAtRate.relay()));
				goals.add(new Goal("commit-to-effect p99, NOTIFY / POLL every 1 s, at the same rate",
						ratio(notifyAtRate.path().latency().p99(), pollAtRate.path().latency().p99()), false, 0.1,
						"×"));
				goals.add(new Goal("registrations/s with NOTIFY / POLL without the trigger, at saturation",
						ratio(notifyMax.http().throughput(), pollMax.http().throughput()), true, 0.9, "×"));
				notes.add("POLL: a second talent-service with SCIBUREAU_OUTBOX_WAKE_UP=POLL, "
						+ "SCIBUREAU_OUTBOX_POLL_INTERVAL=1s, its outbox_notify trigger disabled");
			}
			else {
				notes.add("smoke: no second talent-service polling every second (a third JVM to start), so no goals "
						+ "against it");
			}

			Backlog backlog;
			try (Profile profile = Profile.start(context, "plan-service-consuming-backlog", services.plan().pid())) {
				backlog = path.backlog(notifying, backlogSize(mode));
			}
			measurements.add(backlog.effects());
			goals.add(new Goal("backlog of %,d drained / steady rate".formatted(backlog.effects().operations()),
					ratio(backlog.effects().throughput(), notifyMax.path().throughput()), true, 0.8, "×"));
			notes.add(backlog.note(mode));

			if (!mode.jvmOnly()) {
				Outage outage = path.outage(kafka, services.talent().uri(), bearer, notifying, OUTAGE);
				measurements.add(outage.effects());
				goals.add(new Goal("all effects committed after a %d s broker outage, from its return"
					.formatted(OUTAGE.toSeconds()), outage.drained(), false, 5, "s"));
				notes.add(outage.note());
			}
			else {
				notes.add("smoke: no broker outage (restarting the broker alone takes longer than the smoke run may)");
			}

			Check check = path.check();
			goals.add(new Goal("events lost", check.lost(), false, 0, "events"));
			goals.add(new Goal("keys whose effects are out of order", check.outOfOrder(), false, 0, "keys"));
			notes.add(check.note());

			notes.add(("flow: talent-service POST %s (ResearcherRegistered) → outbox → relay → Kafka → plan-service's "
					+ "%s inbox and researcher_ref, on their own databases of one PostgreSQL 17 (fsync off, "
					+ "track_commit_timestamp on) and one Kafka broker")
				.formatted(RESEARCHERS, CONSUMER));
			notes.add("commit-to-effect: PostgreSQL commit timestamps of the registered researcher's row and of the "
					+ "consumer's inbox row, read after each run: exact, and nothing polls the path while it runs");
			notes.add(("load: the bench's JVM generator (JDK HttpClient, virtual threads) POSTing one registration "
					+ "body; %d callers at saturation, %s s measured, median of %d runs; the fixed rate is half of "
					+ "the NOTIFY path's saturation")
				.formatted(mode.callers(), mode.duration().toMillis() / 1000.0, mode.runs()));
			notes.add(("bare Kafka: a producer with the relay's settings (acks all, idempotent, linger 5 ms) and a "
					+ "consumer in the bench's JVM, copies of a real %s record (%d bytes of value and headers) at "
					+ "the same rate, %s s warm-up")
				.formatted(TalentTopics.RESEARCHER, bare.recordBytes(), mode.warmUp().toMillis() / 1000.0));
		}
		return new ScenarioResult(name(), "The event path: commit in talent-service to effect in plan-service vs bare "
				+ "Kafka",
				measurements, goals, notes, null);
	}

	/** 100k in the full run, fewer in the short ones: the quick run's 10,000 took 50 s to drain. */
	private static int backlogSize(Mode mode) {
		return (mode == Mode.FULL) ? 100_000 : mode.jvmOnly() ? 500 : 2_000;
	}

	private static double ratio(double value, double reference) {
		return (reference > 0) ? value / reference : 0;
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	/** A talent-service as the producer of the path: its outbox, and the load that registers researchers there. */
	private record Producer(String wakeUp, OutboxTable outbox, HttpLoad registrations) {
	}

	/**
	 * One measured load: the registrations' HTTP figures, their events' commit-to-effect latencies with the rate at
	 * which effects committed, and the relay's part of those latencies (from the event's commit to the commit that
	 * marked it published after Kafka's acknowledgement).
	 */
	private record Figures(Measurement http, Measurement path, Measurement relay) {

		/** The median of each figure over runs, each with its spread. */
		static Figures median(List<Figures> runs, Comparator<Measurement> order) {
			return new Figures(Runs.median(runs, Figures::http, order), Runs.median(runs, Figures::path, order),
					Runs.median(runs, Figures::relay, order));
		}

	}

	/** The path as the bench measures it: the producers' outboxes and the consumer's inbox. */
	private record Pipeline(InboxTable inbox, List<OutboxTable> outboxes) {

		/** How long the consumer may apply nothing while events are outstanding before they count as lost. */
		private static final Duration STALLED = Duration.ofSeconds(60);

		/** How long after the last effect the relay may take to mark the last event published. */
		private static final Duration MARKED = Duration.ofSeconds(10);

		void warmUp(Producer producer, Mode mode) throws Exception {
			producer.registrations().closedLoop("warm-up", "", mode.callers(), Duration.ZERO, mode.serviceWarmUp());
			awaitEffects();
		}

		Figures saturation(Producer producer, Mode mode) throws Exception {
			return measure("saturation", producer, () -> producer.registrations()
				.closedLoop("saturation", "registrations, " + producer.wakeUp(), mode.callers(), Duration.ZERO,
						mode.duration()));
		}

		Figures atRate(Producer producer, String name, double rate, Mode mode) throws Exception {
			return measure(name, producer, () -> producer.registrations()
				.openLoop(name, "registrations, " + producer.wakeUp(), rate, Duration.ZERO, mode.duration()));
		}

		private Figures measure(String name, Producer producer, Callable<Measurement> load) throws Exception {
			long from = producer.outbox().lastPosition();
			Measurement http = load.call();
			long to = producer.outbox().lastPosition();
			awaitEffects();
			awaitPublished(producer.outbox(), from, to);
			Map<UUID, Instant> committed = producer.outbox().registrationsCommitted(from, to);
			return new Figures(http, commitToEffect(name, "event path, " + producer.wakeUp(), committed),
					latencies(name, "relay: commit to published, " + producer.wakeUp(), committed,
							producer.outbox().publicationsCommitted(from, to)));
		}

		/** Appends a backlog to an outbox in one transaction and times its effects from that commit. */
		Backlog backlog(OutboxTable outbox, int size) throws Exception {
			long from = outbox.lastPosition();
			long appending = System.nanoTime();
			Instant appended = outbox.appendCopies(size);
			Duration appendTook = Duration.ofNanos(System.nanoTime() - appending);
			long to = outbox.lastPosition();
			awaitEffects();
			Map<UUID, Instant> committed = new HashMap<>();
			outbox.created(from, to).keySet().forEach((event) -> committed.put(event, appended));
			Measurement effects = commitToEffect("backlog of %,d".formatted(size), "event path, NOTIFY", committed);
			return new Backlog(effects, appendTook, appended, outbox.allPublishedAt(from, to));
		}

		/**
		 * Updates researchers in turn at a fixed rate while the broker stops, stays away and starts again on the same
		 * port; the writes stop when it is back.
		 */
		Outage outage(KafkaProcess kafka, URI talent, Map<String, String> headers, OutboxTable outbox, Duration length)
				throws Exception {
			long from = outbox.lastPosition();
			Writer writer = new Writer(talent.resolve(RESEARCHERS), headers);
			Thread writing = Thread.ofVirtual().name("bench-outage-writer").start(writer);
			LockSupport.parkNanos(BEFORE_OUTAGE.toNanos());
			kafka.stop();
			LockSupport.parkNanos(length.toNanos());
			long starting = System.nanoTime();
			kafka.start();
			Instant returned = Instant.now();
			Duration restartTook = Duration.ofNanos(System.nanoTime() - starting);
			writer.stop();
			writing.join();
			long to = outbox.lastPosition();
			awaitEffects();
			Map<UUID, Instant> created = outbox.created(from, to);
			Measurement effects = commitToEffect("broker outage of %d s".formatted(length.toSeconds()),
					"event path, NOTIFY", created);
			Instant drained = this.inbox.effects(created.keySet())
				.values()
				.stream()
				.map(Effect::committed)
				.max(Comparator.naturalOrder())
				.orElse(returned);
			return new Outage(effects, length, restartTook, returned, drained, outbox.allPublishedAt(from, to),
					writer.written.get(), writer.failed.get());
		}

		/** Every event of every producer: its effect present, and each key's effects in the order of its events. */
		Check check() throws Exception {
			awaitEffects();
			long events = 0;
			long lost = 0;
			long keys = 0;
			long outOfOrder = 0;
			for (OutboxTable outbox : this.outboxes) {
				Map<String, List<UUID>> byKey = outbox.eventsByKey();
				Map<UUID, Effect> effects = this.inbox
					.effects(byKey.values().stream().flatMap(List::stream).toList());
				for (List<UUID> sequence : byKey.values()) {
					keys++;
					events += sequence.size();
					List<Effect> applied = sequence.stream().map(effects::get).filter((effect) -> effect != null).toList();
					lost += sequence.size() - applied.size();
					for (int i = 1; i < applied.size(); i++) {
						if (applied.get(i).compareTo(applied.get(i - 1)) < 0) {
							outOfOrder++;
							break;
						}
					}
				}
			}
			return new Check(events, keys, lost, outOfOrder, this.inbox.count());
		}

		/**
		 * Waits until the consumer applied as many events as the producers' outboxes hold, for as long as it makes
		 * progress: it gives up once no effect has committed for {@link #STALLED}.
		 */
		private void awaitEffects() throws Exception {
			long applied = -1;
			long stalledAt = 0;
			while (true) {
				long written = 0;
				for (OutboxTable outbox : this.outboxes) {
					written += outbox.count();
				}
				long now = this.inbox.count();
				if (now >= written) {
					return;
				}
				if (now > applied) {
					applied = now;
					stalledAt = System.nanoTime() + STALLED.toNanos();
				}
				else if (System.nanoTime() > stalledAt) {
					return;
				}
				LockSupport.parkNanos(PARK.toNanos());
			}
		}

		/**
		 * Waits until the relay has marked every event of {@code (from, to]} published, which it does right after
		 * Kafka's acknowledgement, so an effect may commit first; an event still unmarked after a few seconds counts
		 * as an error of the relay's figure.
		 */
		private static void awaitPublished(OutboxTable outbox, long from, long to) throws SQLException {
			long deadline = System.nanoTime() + MARKED.toNanos();
			while (outbox.allPublishedAt(from, to) == null && System.nanoTime() < deadline) {
				LockSupport.parkNanos(PARK.toNanos());
			}
		}

		/**
		 * Commit-to-effect of events: their latencies, the effects that never came as errors, and the rate at which
		 * effects committed from the first event's commit to the last effect's.
		 */
		private Measurement commitToEffect(String name, String target, Map<UUID, Instant> committed)
				throws Exception {
			Map<UUID, Instant> effects = new HashMap<>();
			this.inbox.effects(committed.keySet()).forEach((event, effect) -> effects.put(event, effect.committed()));
			return latencies(name, target, committed, effects);
		}

		/**
		 * From the commits of events to when each reached a later point: the latencies, the events that never reached
		 * it as errors, and the rate at which they reached it from the first commit to the last arrival.
		 */
		private static Measurement latencies(String name, String target, Map<UUID, Instant> committed,
				Map<UUID, Instant> reached) {
			Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(30), 3);
			Instant first = committed.values().stream().min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
			Instant last = first;
			List<Long> perSecond = new ArrayList<>();
			long lost = 0;
			for (Map.Entry<UUID, Instant> event : committed.entrySet()) {
				Instant arrived = reached.get(event.getKey());
				if (arrived == null) {
					lost++;
					continue;
				}
				Duration latency = Duration.between(event.getValue(), arrived);
				micros.recordValue(Math.clamp(latency.toNanos() / 1000, 0, micros.getHighestTrackableValue()));
				last = (arrived.isAfter(last)) ? arrived : last;
				int second = (int) Math.max(0, Duration.between(first, arrived).toSeconds());
				while (perSecond.size() <= second) {
					perSecond.add(0L);
				}
				perSecond.set(second, perSecond.get(second) + 1);
			}
			double seconds = Math.max(1e-6, Duration.between(first, last).toNanos() / 1e9);
			return new Measurement(name, target, micros.getTotalCount(), lost, seconds, micros.getTotalCount() / seconds,
					Latency.of(micros), perSecond);
		}

	}

	/**
	 * A backlog's drain.
	 *
	 * @param effects commit-to-effect from the backlog's commit
	 * @param appendTook how long appending it took
	 * @param appended when it committed
	 * @param published when the relay had marked all of it published
	 */
	private record Backlog(Measurement effects, Duration appendTook, Instant appended, @Nullable Instant published) {

		String note(Mode mode) {
			String size = (mode == Mode.FULL) ? "%,d events".formatted(this.effects.operations())
					: "%,d events (100k in the full run)".formatted(this.effects.operations());
			String relay = (this.published != null) ? "%.1f s (%.0f/s)".formatted(
					seconds(Duration.between(this.appended, this.published)),
					this.effects.operations() / Math.max(1e-3, seconds(Duration.between(this.appended, this.published))))
					: "not all of it";
			return ("backlog: %s appended to talent's outbox in one transaction (%.1f s), copies of a registration "
					+ "with their own ids and keys; the relay published it in %s, the effects committed in %.1f s "
					+ "(%.0f/s)")
				.formatted(size, seconds(this.appendTook), relay, this.effects.seconds(), this.effects.throughput());
		}

	}

	/**
	 * A broker outage under writes.
	 *
	 * @param effects commit-to-effect of the events written around it, from their transactions' start
	 * @param length how long the broker was stopped before it was started again
	 * @param restartTook how long the broker took to start again
	 * @param returned when it was back
	 * @param drainedAt when the last of those events' effects committed
	 * @param published when the relay had marked all of them published
	 * @param written how many updates were written
	 * @param failed how many updates failed
	 */
	private record Outage(Measurement effects, Duration length, Duration restartTook, Instant returned,
			Instant drainedAt, @Nullable Instant published, long written, long failed) {

		/** Seconds from the broker's return to the last effect; none when no write went through. */
		double drained() {
			return (this.written > 0) ? seconds(Duration.between(this.returned, this.drainedAt)) : Double.NaN;
		}

		String note() {
			if (this.written == 0) {
				return ("outage: not measured, since none of the %d writes was answered 2xx, so no event was in flight "
						+ "while the broker was away").formatted(this.failed);
			}
			String relay = (this.published != null)
					? "%.1f s".formatted(seconds(Duration.between(this.returned, this.published))) : "never";
			return ("outage: %d researcher updates at %.0f/s from %d s before the broker stopped until it was back (%d "
					+ "failed); stopped for %d s, then %.1f s to start again; after its return the relay had "
					+ "published everything in %s, the effects had all committed in %.1f s")
				.formatted(this.written, OUTAGE_WRITES_PER_SECOND, BEFORE_OUTAGE.toSeconds(), this.failed,
						this.length.toSeconds(), seconds(this.restartTook), relay, drained());
		}

	}

	/**
	 * The whole run's events, checked at the end.
	 *
	 * @param events how many events the producers' outboxes hold
	 * @param keys how many keys (researchers) they have
	 * @param lost events without an effect
	 * @param outOfOrder keys whose effects committed out of their events' order
	 * @param applied how many events the consumer's inbox holds
	 */
	private record Check(long events, long keys, long lost, long outOfOrder, long applied) {

		String note() {
			return ("check: %,d events of %,d keys written, %,d applied once each (the inbox's key), %d lost, %d keys "
					+ "out of order")
				.formatted(this.events, this.keys, this.applied, this.lost, this.outOfOrder);
		}

	}

	/** Updates a few researchers in turn, one request at a time at a fixed rate, until stopped. */
	private static final class Writer implements Runnable {

		private final HttpClient client = HttpClient.newHttpClient();

		private final URI researchers;

		private final Map<String, String> headers;

		private final AtomicBoolean stopped = new AtomicBoolean();

		private final AtomicLong written = new AtomicLong();

		private final AtomicLong failed = new AtomicLong();

		Writer(URI researchers, Map<String, String> headers) {
			this.researchers = researchers;
			this.headers = headers;
		}

		@Override
		public void run() {
			Map<UUID, String> versions = new LinkedHashMap<>();
			for (int i = 0; i < OUTAGE_KEYS; i++) {
				UUID key = UUID.randomUUID();
				send(HttpRequest.newBuilder(this.researchers), "POST", body(key, "Registered"))
					.ifPresent((etag) -> versions.put(key, etag));
			}
			List<UUID> keys = List.copyOf(versions.keySet());
			long interval = (long) (1_000_000_000L / OUTAGE_WRITES_PER_SECOND);
			long start = System.nanoTime();
			for (long i = 0; !this.stopped.get() && !keys.isEmpty(); i++) {
				LockSupport.parkNanos(start + i * interval - System.nanoTime());
				UUID key = keys.get((int) (i % keys.size()));
				HttpRequest.Builder update = HttpRequest.newBuilder(this.researchers.resolve(RESEARCHERS + "/" + key))
					.header("If-Match", versions.get(key));
				send(update, "PUT", body(null, "Update " + i)).ifPresent((etag) -> versions.put(key, etag));
			}
		}

		void stop() {
			this.stopped.set(true);
		}

		/** Sends a write; its answer's entity tag (the researcher's new version) when it succeeded. */
		private Optional<String> send(HttpRequest.Builder request, String method, String body) {
			this.headers.forEach(request::header);
			request.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(10))
				.method(method, HttpRequest.BodyPublishers.ofString(body));
			try {
				HttpResponse<Void> response = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() / 100 == 2) {
					this.written.incrementAndGet();
					return response.headers().firstValue("ETag");
				}
			}
			catch (IOException ex) {
				// Counted below.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.stopped.set(true);
			}
			this.failed.incrementAndGet();
			return Optional.empty();
		}

		private static String body(@Nullable UUID id, String title) {
			String json = REGISTRATION.substring(0, REGISTRATION.length() - 1) + ",\"title\":\"" + title + "\"";
			return ((id != null) ? json + ",\"id\":\"" + id + "\"" : json) + "}";
		}

	}

	/**
	 * The services, started at once: talent-service as it ships, the same polling every second (not in the smoke
	 * run: a third JVM to start), and plan-service; closing stops them all.
	 */
	private record Services(ServiceGroup group, ServiceProcess talent, @Nullable ServiceProcess talentPoll,
			ServiceProcess plan) implements AutoCloseable {

		static Services start(BenchContext context, EmbeddedPostgresServer postgres, String bootstrapServers,
				TestTokens tokens) throws Exception {
			Map<String, String> polls = Map.of("SCIBUREAU_OUTBOX_WAKE_UP", "POLL", "SCIBUREAU_OUTBOX_POLL_INTERVAL",
					"1s");
			List<Callable<ServiceProcess>> starts = new ArrayList<>(List.of(
					() -> service(context, "talent-service", "talent", postgres, bootstrapServers, tokens, Map.of()),
					() -> service(context, "plan-service", "plan", postgres, bootstrapServers, tokens, Map.of())));
			if (!context.mode().jvmOnly()) {
				starts.add(() -> service(context, "talent-service", "talent_poll", postgres, bootstrapServers, tokens,
						polls));
			}
			ServiceGroup group = ServiceGroup.start(starts);
			return new Services(group, group.get(0), (starts.size() > 2) ? group.get(2) : null, group.get(1));
		}

		String readiness(Mode mode) {
			String polling = (this.talentPoll != null)
					? ", talent-service (POLL 1 s) %.1f s".formatted(seconds(this.talentPoll.readyAfter())) : "";
			return "started at once (%s): talent-service ready after %.1f s%s, plan-service %.1f s".formatted(
					String.join(" ", ServiceProcess.jvmOptions(mode)),
					seconds(this.talent.readyAfter()), polling, seconds(this.plan.readyAfter()));
		}

		private static ServiceProcess service(BenchContext context, String module, String database,
				EmbeddedPostgresServer postgres, String bootstrapServers, TestTokens tokens, Map<String, String> extra)
				throws IOException {
			Map<String, String> environment = ServiceProcess.serviceEnvironment(postgres.database(database),
					bootstrapServers, tokens.issuer(), tokens.jwkSetUri());
			environment.putAll(extra);
			return ServiceProcess.start(module + " (" + database + ")",
					ServiceProcess.jarCommand(context, module), FreePorts.one(), environment,
					context.work().resolve(database + ".log"));
		}

		@Override
		public void close() {
			this.group.close();
		}

	}

}
