package org.scibureau.bench.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.scibureau.bench.load.LocalPlatform;
import org.scibureau.bench.load.ProcessMemory;
import org.scibureau.bench.load.ServiceProcess;
import org.scibureau.bench.load.SideBySide;
import org.scibureau.bench.load.UnpackedJar;
import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.KafkaProcess;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Scenario 5: what each service costs to start and to keep. Each service's jar is unpacked as the launcher unpacks
 * it and its startup cache recorded (an AOT cache on JDK 25), then it is started again and again, in turn without
 * and with the cache, with the local platform's JVM options, one process at a time: time to ready (health UP), and
 * PSS after a short warm-up. The reference for memory is a bare Spring Boot WebFlux application started the same way.
 * In the full mode the whole local platform comes first: {@code ./scibureau up} to ready, and the PSS of all its JVMs
 * together; its first start unpacks the services and records their caches, which their own starts use. Otherwise
 * training runs, side by side, record them.
 */
public final class Footprint implements Scenario {

	/** Every start here runs with the local platform's JVM options. */
	static final List<String> JVM_OPTIONS = ServiceProcess.LAUNCHER_JVM_OPTIONS;

	/** The services, plan-service first (the most starts, the startup goal), each with a cheap GET to warm it. */
	private static final List<Subject> SERVICES = List.of(new Subject("plan-service", "plan", "/api/plan/public/plans"),
			new Subject("funding-service", "funding", "/api/funding/funds"),
			new Subject("talent-service", "talent", "/api/talent/researchers"),
			// These two have no API yet.
			new Subject("ip-service", "ip", "/actuator/health"),
			new Subject("awards-service", "awards", "/actuator/health"));

	/** The reference: a bare WebFlux application, one GET and actuator health (module bench/hello). */
	private static final Subject HELLO = new Subject("bench/hello", null, "/hello");

	private static final Duration LONGEST_WARM_UP = Duration.ofSeconds(1);

	private static final int WARM_UP_CALLERS = 4;

	/** Writing the cache as the training run exits took over a minute on a busy 2-core machine. */
	private static final Duration CACHE_WRITTEN_WITHIN = Duration.ofMinutes(4);

	private static final double MB = 1024.0 * 1024;

	private static final double GIB = 1024 * MB;

	private static final String CLIENT = "scibureau-bench";

	@Override
	public String name() {
		return "footprint";
	}

	@Override
	public ScenarioResult run(BenchContext context) throws Exception {
		long begun = System.nanoTime();
		// Both start at once, and are up before any timed start: on 2 cores they would slow it down. The broker is
		// the scenario's own: the starts it kills stay members of their consumer groups until their sessions time
		// out, which on the shared broker held up the consumers of the next scenario's services by half a minute.
		TestInfrastructure.startPostgresInBackground();
		boolean services = services(context.mode()).stream().anyMatch((subject) -> subject.database() != null);
		try (@Nullable KafkaProcess broker = services ? TestInfrastructure.newStoppableKafka() : null) {
			TestInfrastructure.postgres();
			return measureAll(context, (broker != null) ? broker.bootstrapServers() : null, begun);
		}
	}

	/** Every subject, and the whole platform in the full mode, once PostgreSQL and the broker are up. */
	private ScenarioResult measureAll(BenchContext context, @Nullable String brokers, long begun) throws Exception {
		Mode mode = context.mode();
		double infrastructureSeconds = (System.nanoTime() - begun) / 1e9;
		Path work = context.work().resolve("footprint");
		List<Measurement> measurements = new ArrayList<>();
		List<Goal> goals = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		String cache = UnpackedJar.kind();

		Footprints reference = measure(context, work, unpack(context, work, HELLO), HELLO, starts(mode, HELLO), false,
				brokers);
		Duration ready = reference.plain().totalReady();
		measurements.add(reference.plain().measurement("time to ready, no cache", "bare WebFlux app"));
		double referencePss = reference.plain().medianPss();
		notes.add("reference: a bare Spring Boot WebFlux application (module bench/hello: one GET and actuator "
				+ "health, nothing of the platform), packaged, unpacked and started as the services are, with the same "
				+ "JVM options; a module of its own rather than a class on the bench's class path, which holds Kafka, "
				+ "PostgreSQL and the token issuer and would have Boot configure more than a bare application. "
				+ "Started without the cache only: %s, PSS %s".formatted(reference.plain().readySummary(),
						reference.plain().pssSummary()));

		// The full mode starts the whole platform first: its first start records the services' caches, which their
		// own starts then use, as a developer's do after theirs. A service without one gets a training run.
		List<Subject> services = services(mode);
		Path platformHome = work.resolve("platform");
		List<Measurement> platformMeasurements = new ArrayList<>();
		List<Goal> platformGoals = new ArrayList<>();
		List<String> platformNotes = new ArrayList<>();
		Map<Subject, UnpackedJar> trained = new LinkedHashMap<>();
		double platformSeconds = 0;
		if (mode == Mode.FULL) {
			long platformBegun = System.nanoTime();
			platform(context, platformHome, platformMeasurements, platformGoals, platformNotes);
			platformSeconds = (System.nanoTime() - platformBegun) / 1e9;
			for (Subject service : services) {
				UnpackedJar.ofLauncher(platformHome, service.database(), context.jar(service.module()))
					.ifPresent((jar) -> trained.put(service, jar));
			}
		}
		long trainingBegun = System.nanoTime();
		trained.putAll(train(context, work, services.stream().filter((service) -> !trained.containsKey(service))
			.toList(), brokers));
		Duration training = Duration.ofNanos(System.nanoTime() - trainingBegun);
		for (Subject service : services) {
			Footprints footprints = measure(context, work, trained.get(service), service, starts(mode, service), true,
					brokers);
			ready = ready.plus(footprints.plain().totalReady()).plus(footprints.cached().totalReady());
			Measurement plain = footprints.plain().measurement("time to ready, no cache", service.name());
			Measurement cached = footprints.cached().measurement("time to ready, " + cache, service.name());
			measurements.addAll(List.of(plain, cached));
			double speedUp = cached.latency().p50() / plain.latency().p50();
			if (service == services.getFirst()) {
				goals.add(new Goal("time to ready with the %s / without, %s (median of %d)".formatted(cache,
						service.name(), footprints.plain().ready().size()), speedUp, false, 0.55, "×"));
			}
			double pss = footprints.plain().medianPss();
			goals.add(new Goal("PSS after warm-up / the bare WebFlux app's, " + service.name(), pss / referencePss,
					false, 1.3, "×"));
			goals.add(new Goal("PSS after warm-up, " + service.name(), pss / MB, false, 300, "MB"));
			notes.add("%s: time to ready without the cache %s, with it %s (%.2f×); PSS after warm-up without %s, with %s"
				.formatted(service.name(), footprints.plain().readySummary(), footprints.cached().readySummary(),
						speedUp, footprints.plain().pssSummary(), footprints.cached().pssSummary()));
		}
		if (mode == Mode.SMOKE) {
			notes.add("smoke: the bare application alone, one start each way, no service and no whole platform");
		}
		else if (mode == Mode.QUICK) {
			notes.add("quick: plan-service alone of the services; funding, talent, ip and awards in the full mode");
		}
		notes.add(("each start: %s, one process at a time, without and with the %s in turn after the run that "
				+ "recorded it (-XX:AOTMode=on: a start that cannot use it fails); time to ready from the "
				+ "process's start to health UP, polled every 50 ms; PSS (/proc/<pid>/smaps_rollup) after a %s s "
				+ "warm-up by %d callers on a cheap GET (plan: public plans; funding: funds; talent: researchers; "
				+ "ip and awards, which have no API yet: health); PSS goals without the cache, like the reference; "
				+ "medians, spread as (min–max); ops = starts")
			.formatted(String.join(" ", JVM_OPTIONS), cache, warmUpFor(mode).toMillis() / 1000.0, WARM_UP_CALLERS));
		notes.add("starts each way: %s, the reference %d".formatted(services.stream()
			.map((service) -> service.name() + " " + starts(mode, service))
			.collect(Collectors.joining(", ")), starts(mode, HELLO)));
		double startsSeconds = (System.nanoTime() - begun) / 1e9 - infrastructureSeconds - platformSeconds;
		notes.add(("took %.0f s to start PostgreSQL and Kafka, then %.0f s for the starts: %.0f s until ready in the "
				+ "measured starts, %.0f s in the training runs (side by side: start, warm-up, and writing the cache "
				+ "as the JVM exits; none for a service whose cache the platform's first start recorded), %.0f s "
				+ "unpacking, warming up and stopping").formatted(infrastructureSeconds, startsSeconds, seconds(ready),
						seconds(training), startsSeconds - seconds(ready) - seconds(training)));
		if (mode == Mode.FULL) {
			measurements.addAll(platformMeasurements);
			goals.addAll(platformGoals);
			notes.addAll(platformNotes);
			notes.add("the whole platform took %.0f s (two starts and two stops), before the services' own starts, "
				.formatted(platformSeconds) + "which used the caches its first start recorded: "
					+ trained.keySet().stream().map(Subject::name).collect(Collectors.joining(", ")));
		}
		else {
			notes.add("the whole platform (./scibureau up) runs in the full mode only: starting it twice (the first "
					+ "start records the startup caches, the second uses them) and stopping it takes minutes, beyond "
					+ "the quick budget");
		}
		return new ScenarioResult(name(), "Footprint: time to ready and memory, with and without a startup cache",
				measurements, goals, notes, null);
	}

	/**
	 * The whole platform: a first {@code up} with a home of its own (new databases, jars unpacked, startup caches
	 * recorded), {@code down} (the caches written), then the {@code up} a developer repeats every day, timed to
	 * ready; the PSS of all its JVMs at that point; {@code down}.
	 */
	private static void platform(BenchContext context, Path home, List<Measurement> measurements, List<Goal> goals,
			List<String> notes) {
		try (LocalPlatform platform = new LocalPlatform(context.repository(), home)) {
			Files.createDirectories(home);
			Duration first = platform.up(home.resolve("up-first.log"));
			platform.down(home.resolve("down-first.log"));
			Duration again = platform.up(home.resolve("up-again.log"));
			Map<String, Long> pss = new LinkedHashMap<>();
			for (Map.Entry<String, Long> jvm : platform.pids().entrySet()) {
				pss.put(jvm.getKey(), ProcessMemory.pss(jvm.getValue()));
			}
			platform.down(home.resolve("down-again.log"));
			measurements.add(once("time to ready (./scibureau up), first start", "local platform", first));
			measurements.add(once("time to ready (./scibureau up), caches kept", "local platform", again));
			long total = LocalPlatform.JVMS.stream().mapToLong(pss::get).sum();
			goals.add(new Goal("the local platform ready (./scibureau up), caches kept", seconds(again), false, 45,
					"s"));
			goals.add(new Goal("PSS of all the platform's JVMs together (Kafka included)", total / GIB, false, 3,
					"GiB"));
			notes.add(("local platform: ./scibureau up --detach with a home of its own and a warm build (the bench's "
					+ "command builds the jars first); the first start (new databases, jars unpacked, caches "
					+ "recorded) %.1f s, the next (caches and data kept, as every day) %.1f s; PSS right after ready: "
					+ "%s; the launcher's own JVM (not counted) %.0f MB").formatted(seconds(first), seconds(again),
							String.join(", ", LocalPlatform.JVMS.stream()
								.map((name) -> "%s %.0f MB".formatted(name, pss.get(name) / MB))
								.toList()),
							pss.get(LocalPlatform.SUPERVISOR) / MB));
		}
		catch (IOException ex) {
			notes.add("the whole platform was not measured: " + ex.getMessage());
		}
		finally {
			// The caches stay for the services' starts, which delete each one after use.
			deleteQuietly(home.resolve("data"));
		}
	}

	/**
	 * Unpacks the applications and records each one's cache in a training run, all side by side: the caches need no
	 * quiet machine, only the timed starts after them do. Each failed run's work is deleted, and its failure thrown.
	 */
	private static Map<Subject, UnpackedJar> train(BenchContext context, Path work, List<Subject> subjects,
			@Nullable String brokers) throws IOException {
		List<UnpackedJar> jars = SideBySide.all(subjects.stream()
			.<Callable<UnpackedJar>>map((subject) -> () -> trainOne(context, work, subject, brokers))
			.toList(), Footprint::delete);
		Map<Subject, UnpackedJar> trained = new LinkedHashMap<>();
		for (int i = 0; i < subjects.size(); i++) {
			trained.put(subjects.get(i), jars.get(i));
		}
		return trained;
	}

	private static UnpackedJar trainOne(BenchContext context, Path work, Subject subject, @Nullable String brokers)
			throws IOException {
		UnpackedJar jar = unpack(context, work, subject);
		Map<String, String> environment = environment(subject, brokers);
		Path log = work.resolve(subject.name()).resolve("training.log");
		try (ServiceProcess training = start(subject, jar, jar.recordingOptions(), environment, log)) {
			warmUp(training, subject, context.mode());
			training.stop(CACHE_WRITTEN_WITHIN);
			return jar;
		}
		catch (IOException | RuntimeException ex) {
			delete(jar);
			throw ex;
		}
	}

	private static UnpackedJar unpack(BenchContext context, Path work, Subject subject) throws IOException {
		return UnpackedJar.extract(context.jar(subject.module()), work.resolve(subject.name()));
	}

	/**
	 * Starts an unpacked application the mode's number of times without its cache, and with it if asked, then
	 * deletes it; its directory keeps only the logs.
	 */
	private static Footprints measure(BenchContext context, Path work, UnpackedJar jar, Subject subject, int starts,
			boolean cached, @Nullable String brokers) throws IOException {
		Path directory = Files.createDirectories(work.resolve(subject.name()));
		try {
			Map<String, String> environment = environment(subject, brokers);
			Starts plain = new Starts();
			Starts withCache = new Starts();
			for (int i = 1; i <= starts; i++) {
				startOnce(context, subject, jar, List.of(), environment, directory.resolve("plain-" + i + ".log"), plain);
				if (cached) {
					startOnce(context, subject, jar, jar.cachedOptions(), environment,
							directory.resolve("cached-" + i + ".log"), withCache);
				}
			}
			return new Footprints(plain, withCache);
		}
		finally {
			delete(jar);
		}
	}

	private static void delete(UnpackedJar jar) {
		deleteQuietly(jar.jar().getParent());
		deleteQuietly(jar.cache());
	}

	private static void startOnce(BenchContext context, Subject subject, UnpackedJar jar, List<String> cacheOptions,
			Map<String, String> environment, Path log, Starts into) throws IOException {
		try (ServiceProcess process = start(subject, jar, cacheOptions, environment, log)) {
			warmUp(process, subject, context.mode());
			into.add(process.readyAfter(), ProcessMemory.pss(process.pid()));
			// Its figures are taken; a graceful exit took 2–3 s of every start in the full run.
			process.kill();
		}
	}

	private static ServiceProcess start(Subject subject, UnpackedJar jar, List<String> cacheOptions,
			Map<String, String> environment, Path log) throws IOException {
		List<String> options = new ArrayList<>(JVM_OPTIONS);
		options.addAll(cacheOptions);
		return ServiceProcess.start(subject.name(), ServiceProcess.jarCommand(jar.jar(), options), FreePorts.one(),
				environment, log);
	}

	/** Its environment: the reference's is only quiet logs; a service's has its database, the broker, the issuer. */
	private static Map<String, String> environment(Subject subject, @Nullable String brokers) {
		if (subject.database() == null || brokers == null) {
			return Map.of("LOGGING_LEVEL_ROOT", "WARN");
		}
		TestTokens tokens = TestTokens.shared();
		Database database = TestInfrastructure.database("footprint_" + subject.database());
		return ServiceProcess.serviceEnvironment(database, brokers,
				tokens.issuer(), tokens.jwkSetUri());
	}

	/** A few callers on the cheap GET for a short while, with a fresh token (a full run outlasts one). */
	private static void warmUp(ServiceProcess process, Subject subject, Mode mode) throws IOException {
		String token = TestTokens.shared()
			.token()
			.clientId(CLIENT)
			.subject(CLIENT)
			.roles("bureau-admin")
			.jurisdiction("510100")
			.build();
		Measurement answered = new HttpLoad(process.uri().resolve(subject.warmUpPath()),
				Map.of("Authorization", "Bearer " + token))
			.closedLoop("warm-up", subject.name(), WARM_UP_CALLERS, Duration.ZERO, warmUpFor(mode));
		if (answered.operations() == 0 || answered.errors() > 0) {
			throw new IOException("The warm-up GET %s of %s failed: %d answered, %d errors".formatted(
					subject.warmUpPath(), subject.name(), answered.operations(), answered.errors()));
		}
	}

	private static Duration warmUpFor(Mode mode) {
		return Collections.min(List.of(mode.warmUp(), LONGEST_WARM_UP));
	}

	/**
	 * The applications measured against the reference. The smoke run takes every step (unpacking, training, both
	 * kinds of start) on the bare application alone, which starts in a few seconds. A quick run measures
	 * plan-service alone: each service's training run and starts took about a minute of it.
	 */
	private static List<Subject> services(Mode mode) {
		if (mode == Mode.SMOKE) {
			return List.of(HELLO);
		}
		return (mode == Mode.QUICK) ? List.of(SERVICES.getFirst()) : SERVICES;
	}

	/** Starts each way: the 10 for plan-service and 3 for the others in full; 3 in quick; 1 in smoke. */
	private static int starts(Mode mode, Subject subject) {
		boolean first = subject == SERVICES.getFirst();
		if (mode == Mode.FULL) {
			return first ? 10 : 3;
		}
		return (mode == Mode.QUICK) ? 3 : 1;
	}

	private static Measurement once(String name, String target, Duration took) {
		Starts starts = new Starts();
		starts.add(took, 0);
		return starts.measurement(name, target);
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static void deleteQuietly(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
		catch (IOException ex) {
			// Only disk space is lost: the run's work directory is the bench's.
		}
	}

	/**
	 * An application the scenario starts.
	 *
	 * @param module its module, whose packaged jar it runs
	 * @param database its database's name, {@code null} for the reference, which has none
	 * @param warmUpPath the cheap GET that warms it up
	 */
	private record Subject(String module, @Nullable String database, String warmUpPath) {

		String name() {
			return this.module.substring(this.module.lastIndexOf('/') + 1);
		}

	}

	/**
	 * What the starts of one application measured.
	 *
	 * @param plain the starts without the cache
	 * @param cached the starts with it
	 */
	private record Footprints(Starts plain, Starts cached) {
	}

	/** The starts of one application one way: each one's time to ready and PSS after warm-up. */
	private static final class Starts {

		private final List<Duration> ready = new ArrayList<>();

		private final List<Long> pss = new ArrayList<>();

		void add(Duration readyAfter, long pssBytes) {
			this.ready.add(readyAfter);
			this.pss.add(pssBytes);
		}

		List<Duration> ready() {
			return this.ready;
		}

		Duration totalReady() {
			return this.ready.stream().reduce(Duration.ZERO, Duration::plus);
		}

		/** The times to ready as a measurement: ops are the starts, the percentiles their times in ms. */
		Measurement measurement(String name, String target) {
			Histogram micros = new Histogram(3);
			this.ready.forEach((duration) -> micros.recordValue(duration.toNanos() / 1000));
			double seconds = this.ready.stream().mapToDouble(Footprint::seconds).sum();
			return new Measurement(name, target, this.ready.size(), 0, seconds, this.ready.size() / seconds,
					Latency.of(micros), List.of());
		}

		/** The median PSS in bytes, the lower middle of an even count as the measurement's p50 is. */
		double medianPss() {
			return median(this.pss, Long::doubleValue);
		}

		String readySummary() {
			return summary(this.ready, Footprint::seconds, "s");
		}

		String pssSummary() {
			return summary(this.pss, (bytes) -> bytes / MB, "MB");
		}

		private static <T> String summary(List<T> values, ToDoubleFunction<T> figure, String unit) {
			if (values.isEmpty()) {
				return "not measured";
			}
			List<Double> sorted = values.stream().map(figure::applyAsDouble).sorted().toList();
			return String.format(Locale.ROOT, (sorted.size() == 1) ? "%.1f %s" : "%.1f %s (%.1f–%.1f)",
					median(sorted, Double::doubleValue), unit, sorted.getFirst(), sorted.getLast());
		}

		private static <T> double median(List<T> values, ToDoubleFunction<T> figure) {
			List<Double> sorted = values.stream().map(figure::applyAsDouble).sorted().toList();
			return sorted.get((sorted.size() - 1) / 2);
		}

	}

}
