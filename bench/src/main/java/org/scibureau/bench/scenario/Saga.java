package org.scibureau.bench.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import org.HdrHistogram.Histogram;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;
import org.scibureau.bench.Scenario;
import org.scibureau.bench.ScenarioResult;
import org.scibureau.bench.load.HttpLoad;
import org.scibureau.bench.load.JsonApi;
import org.scibureau.bench.load.ServiceGroup;
import org.scibureau.bench.load.ServiceProcess;
import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Scenario 6: the approval saga under load. Approvals of prepared projects arrive at plan-service at a fixed rate
 * (open loop), and then back to back from many callers (saturation); each saga runs from the approval request
 * through plan-service's outbox, Kafka, funding-service's allocation (its inbox, the fund's commitment, its outbox)
 * and Kafka back to plan-service, which records the committed funds. A saga's latency counts from when its approval
 * was due to when plan-service recorded the answer; completed sagas per second from the first approval due to the
 * last answer recorded. After the load, the two services' databases are checked against the saga's invariants.
 * The reference beside each saga figure is the approval request's own, which is the synchronous part of the saga.
 */
public final class Saga implements Scenario {

	/** What each project requests and is approved for. */
	private static final BigDecimal AMOUNT = new BigDecimal("100000.00");

	/** How long the sagas of a load may take to end after its last approval before they count as stuck. */
	private static final Duration SETTLE = Duration.ofSeconds(30);

	private static final String APPROVAL = "approval (plan-service)";

	private static final String SAGA = "saga: approval → funds committed in plan";

	@Override
	public String name() {
		return "saga";
	}

	@Override
	public ScenarioResult run(BenchContext context) throws Exception {
		Mode mode = context.mode();
		Size size = Size.of(mode);
		TestTokens tokens = TestTokens.shared();
		Database planDatabase = TestInfrastructure.database("bench_saga_plan");
		Database fundingDatabase = TestInfrastructure.database("bench_saga_funding");
		String kafka = TestInfrastructure.kafka().bootstrapServers();
		List<Measurement> measurements = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<String> violations;
		Duration preparation;
		// plan-service gets the launcher's local figure: an approval may be contracted at once.
		try (ServiceGroup services = ServiceGroup.start(List.of(
				() -> start(context, "plan-service", planDatabase, kafka, tokens,
						Map.of("SCIBUREAU_PLAN_PROJECTS_PUBLICITY_DAYS", "0")),
				() -> start(context, "funding-service", fundingDatabase, kafka, tokens, Map.of())))) {
			ServiceProcess plan = services.get(0);
			ServiceProcess funding = services.get(1);
			notes.add("plan-service ready after %.1f s, funding-service after %.1f s".formatted(
					plan.readyAfter().toMillis() / 1000.0, funding.readyAfter().toMillis() / 1000.0));
			long prepared = System.nanoTime();
			JsonApi planApi = new JsonApi(plan.uri());
			SagaSetup setup = new SagaSetup(planApi, new JsonApi(funding.uri()), tokens);
			int perRun = size.atRate() + size.batch();
			setup.prepare(AMOUNT.multiply(BigDecimal.valueOf((long) perRun * mode.runs())));
			Approvals approvals = new Approvals(setup.projects(perRun * mode.runs(), AMOUNT), planApi, setup);
			preparation = Duration.ofNanos(System.nanoTime() - prepared);
			SagaLedger ledger = new SagaLedger(planDatabase, fundingDatabase);
			HttpLoad load = new HttpLoad(approvals);
			List<Phase> atRate = new ArrayList<>();
			List<Phase> saturated = new ArrayList<>();
			String rate = "rate %.0f/s".formatted(size.rate());
			for (int i = 0; i < mode.runs(); i++) {
				load.openLoop("warm-up", APPROVAL, size.rate(), Duration.ZERO, size.warmUp());
				long from = approvals.sent();
				Measurement requests = load.openLoop(rate, APPROVAL, size.rate(), Duration.ZERO, size.measured());
				atRate.add(approvals.phase(requests, from, ledger));
				from = approvals.sent();
				Measurement batch = load.batch("saturation, %d callers".formatted(mode.callers()), APPROVAL,
						mode.callers(), size.batch());
				saturated.add(approvals.phase(batch, from, ledger));
			}
			Phase rated = Phase.median(atRate, Runs.byP99());
			Phase saturation = Phase.median(saturated, Runs.byThroughput());
			measurements.addAll(List.of(rated.requests(), rated.saga(), saturation.requests(), saturation.saga()));
			violations = ledger.violations(setup.fundId());
			notes.add("sagas at %s: %d completed, %.1f/s; saga p50 %.1f ms = %.1f× the approval request's p50"
				.formatted(rate, rated.saga().operations(), rated.saga().throughput(), rated.saga().latency().p50(),
						ratio(rated.saga().latency().p50(), rated.requests().latency().p50())));
			notes.add("at saturation: %.1f sagas/s completed, %.1f approvals/s accepted".formatted(
					saturation.saga().throughput(), saturation.requests().throughput()));
		}
		notes.add(("%d projects per run prepared through plan-service's API (drafted, submitted, formally checked) "
				+ "in %.1f s, unmeasured").formatted(size.atRate() + size.batch(), preparation.toMillis() / 1000.0));
		notes.add(("load: the bench's JVM generator straight to plan-service (no gateway); %s s warm-up at the rate, "
				+ "%s s measured, then %d approvals from %d callers; median of %d runs").formatted(
						size.warmUp().toMillis() / 1000.0, size.measured().toMillis() / 1000.0, size.batch(),
						mode.callers(), mode.runs()));
		notes.add("saga end: the project's update in plan-service's database recording funding-service's answer "
				+ "(read over JDBC); latency from when the approval was due, so a stalled service is not hidden");
		notes.add("one program and one fund with room for every approval: approvals take turns on the program's "
				+ "yearly lock, commitments on the fund's row");
		notes.add("errors: approvals answered other than 2xx or not within 10 s (work/plan-service.log says why), "
				+ "and their sagas, which never start");
		notes.add("invariant violations: %d%s".formatted(violations.size(),
				violations.isEmpty() ? "" : "; first: " + String.join("; ", violations.subList(0,
						Math.min(5, violations.size())))));
		List<Goal> goals = List.of(new Goal("saga invariant violations", violations.size(), false, 0, ""));
		return new ScenarioResult(name(), "The approval saga: plan → funding → plan, at a rate and at saturation",
				measurements, goals, notes, null);
	}

	private static ServiceProcess start(BenchContext context, String service, Database database, String kafka,
			TestTokens tokens, Map<String, String> figures) throws IOException {
		Map<String, String> environment = ServiceProcess.serviceEnvironment(database, kafka, tokens.issuer(),
				tokens.jwkSetUri());
		environment.putAll(figures);
		Path log = context.work().resolve(service + ".log");
		return ServiceProcess.start(service, ServiceProcess.jarCommand(context, service), FreePorts.one(),
				environment, log);
	}

	private static double ratio(double measured, double reference) {
		return (reference > 0) ? measured / reference : 0;
	}

	/**
	 * How big the loads are in a mode.
	 *
	 * @param rate the approvals per second of the open loop
	 * @param measured how long it is measured
	 * @param batch how many approvals the saturation sends
	 * @param warmUp how long the open loop warms up first
	 */
	private record Size(double rate, Duration measured, int batch, Duration warmUp) {

		static Size of(Mode mode) {
			if (mode == Mode.FULL) {
				// Longer than the mode's runs: 200 sagas at the rate for a p99 of each run. The saturation batch is 4
				// approvals for each of the 64 callers: every project is prepared through the API, about 25 a second.
				return new Size(25, Duration.ofSeconds(8), 256, mode.warmUp());
			}
			if (mode == Mode.QUICK) {
				return new Size(10, Duration.ofSeconds(8), 64, mode.warmUp());
			}
			return new Size(10, mode.duration(), 8, mode.warmUp());
		}

		/** The approvals the open loop sends, warm-up included, and one spare for rounding. */
		int atRate() {
			return (int) Math.ceil(this.rate * (this.warmUp.toNanos() + this.measured.toNanos()) / 1e9) + 1;
		}

	}

	/** The approval request of each prepared project, in turn, and when each was due. */
	private static final class Approvals implements HttpLoad.Requests {

		private final List<UUID> projects;

		private final JsonApi plan;

		private final SagaSetup setup;

		private final AtomicLongArray due;

		private final long anchorNanos = System.nanoTime();

		private final Instant anchor = Instant.now();

		private long sent;

		Approvals(List<UUID> projects, JsonApi plan, SagaSetup setup) {
			this.projects = List.copyOf(projects);
			this.plan = plan;
			this.setup = setup;
			this.due = new AtomicLongArray(projects.size());
		}

		@Override
		public HttpRequest request(long number, long due) {
			if (number >= this.projects.size()) {
				throw new IllegalStateException("No prepared project left for approval " + number);
			}
			this.due.set((int) number, due);
			synchronized (this) {
				this.sent = Math.max(this.sent, number + 1);
			}
			return this.plan.request(this.setup.officer(), "/api/plan/projects/" + this.projects.get((int) number)
					+ "/approval", Map.of("approvedBudget", AMOUNT, "fiscalYear", this.setup.fiscalYear()));
		}

		/** How many approvals were sent so far. */
		synchronized long sent() {
			return this.sent;
		}

		/**
		 * The sagas of the approvals sent since {@code from}, once they have ended or the wait is over.
		 * @param requests the measurement of their approval requests
		 */
		Phase phase(Measurement requests, long from, SagaLedger ledger) throws IOException {
			long to = sent();
			List<UUID> phase = this.projects.subList((int) from, (int) to);
			Map<UUID, Instant> ends = ledger.awaitEnds(phase, SETTLE);
			Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
			long first = Long.MAX_VALUE;
			long last = Long.MIN_VALUE;
			List<Long> perSecond = new ArrayList<>();
			for (int i = (int) from; i < to; i++) {
				first = Math.min(first, this.due.get(i));
			}
			for (int i = (int) from; i < to; i++) {
				Instant end = ends.get(this.projects.get(i));
				if (end == null) {
					continue;
				}
				long endNanos = this.anchorNanos + Duration.between(this.anchor, end).toNanos();
				last = Math.max(last, endNanos);
				micros.recordValue(Math.max(0, Math.min((endNanos - this.due.get(i)) / 1000,
						micros.getHighestTrackableValue())));
				int second = (int) Math.max(0, (endNanos - first) / 1_000_000_000L);
				while (perSecond.size() <= second) {
					perSecond.add(0L);
				}
				perSecond.set(second, perSecond.get(second) + 1);
			}
			long completed = micros.getTotalCount();
			double seconds = (completed > 0) ? Math.max(1e-9, (last - first) / 1e9) : 0;
			Measurement saga = new Measurement(requests.name(), SAGA, completed, (to - from) - completed, seconds,
					(completed > 0) ? completed / seconds : 0, Latency.of(micros), perSecond);
			return new Phase(requests, saga);
		}

	}

	/**
	 * One load's approval requests and the sagas they started.
	 *
	 * @param requests the approval requests, as the generator measured them
	 * @param saga the sagas, from each approval due to its answer recorded in plan-service
	 */
	private record Phase(Measurement requests, Measurement saga) {

		/** The median of each figure over runs, each with its spread. */
		static Phase median(List<Phase> runs, Comparator<Measurement> order) {
			return new Phase(Runs.median(runs, Phase::requests, order), Runs.median(runs, Phase::saga, order));
		}

	}

}
