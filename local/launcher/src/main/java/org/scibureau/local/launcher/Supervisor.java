package org.scibureau.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

import org.scibureau.local.infrastructure.LocalKafka;
import org.scibureau.local.infrastructure.LocalPostgres;
import org.scibureau.local.process.Health;
import org.scibureau.local.process.HealthProbe;
import org.scibureau.local.process.JavaRuntime;
import org.scibureau.local.process.LogTail;
import org.scibureau.local.process.ManagedProcess;
import org.scibureau.local.process.Ports;
import org.scibureau.local.process.ProcessRecord;
import org.scibureau.local.process.ProcessRecords;
import org.scibureau.local.process.ProcessSpec;
import org.scibureau.local.process.Signals;
import org.scibureau.local.process.StartupCache;
import org.scibureau.local.seed.DemoDirectory;
import org.scibureau.local.seed.DemoSeeder;
import org.scibureau.local.seed.SeedReport;
import org.scibureau.local.seed.SeedingException;
import org.scibureau.local.token.TokenClient;
import org.scibureau.local.token.TokenException;

/**
 * Starts the platform in order (PostgreSQL; Kafka, with the authorization server starting alongside as it needs
 * neither; the five services together once both are up; last the gateway), seeds the demo data when asked, watches
 * the processes while the platform runs, and stops everything in reverse order on Ctrl-C, SIGTERM ({@code down}),
 * or when the process it watches exits.
 * <p>
 * "Ready" means one thing everywhere: every service's readiness is UP, demo seeding (if asked for) finished, and
 * then the gateway's health is UP. The supervisor records the state in {@code run/state.properties}, which
 * {@code status}, a detached {@code up} and the end-to-end tests read.
 */
final class Supervisor {

	private static final Duration APPLICATION_START_TIMEOUT = Duration.ofSeconds(180);

	private static final Duration READY_CHECK_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	/** A JVM that records its startup cache writes it when it exits, which takes a while on two cores. */
	private static final Duration CACHE_WRITING_STOP_GRACE = Duration.ofSeconds(90);

	/**
	 * The longest the supervisor takes to stop once asked, having killed whatever would not stop: each application
	 * its grace in turn (the services are asked together, but each is waited for with a grace of its own, which five
	 * JVMs writing their caches at once on two cores need: 111 s), then Kafka's stop timeout (30 s) and PostgreSQL's
	 * fast shutdown, with room to spare.
	 */
	static final Duration LONGEST_STOP = CACHE_WRITING_STOP_GRACE.multipliedBy(Components.applications().size())
		.plus(Duration.ofSeconds(90));

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private final Invocation invocation;

	private final PlatformHome home;

	private final Console console;

	private final boolean detached;

	private final Path java = JavaRuntime.java();

	private final HealthProbe probe = HealthProbe.create();

	private final StateFile state;

	private final ProcessRecords records;

	private final CountDownLatch stopRequested = new CountDownLatch(1);

	private final AtomicInteger signals = new AtomicInteger();

	/** What runs, most recently started first: the order to stop in. */
	private final Deque<Started> started = new ConcurrentLinkedDeque<>();

	private final Map<String, CompletableFuture<StartupCache.Launch>> launches = new ConcurrentHashMap<>();

	/** The applications that write their startup cache when they stop. */
	private final Set<String> cacheWriters = ConcurrentHashMap.newKeySet();

	private volatile String stopReason = "";

	Supervisor(Invocation invocation, Console console, boolean detached) {
		this.invocation = invocation;
		this.home = invocation.platformHome();
		this.console = console;
		this.detached = detached;
		this.state = new StateFile(this.home.stateFile());
		this.records = this.home.records();
	}

	/**
	 * Runs the platform until it is stopped.
	 * @param demo seed demo data
	 * @param fresh delete all data first
	 * @return the exit code: 0 after a clean stop of a platform that was ready
	 */
	int run(boolean demo, boolean fresh) {
		Optional<SupervisorLock> lock = SupervisorLock.tryAcquire(this.home.lockFile());
		if (lock.isEmpty()) {
			StatusCommand.reportAlreadyRunning(this.home, this.console, this.invocation.script());
			return 1;
		}
		try (SupervisorLock held = lock.get()) {
			return runHoldingLock(demo, fresh);
		}
	}

	private int runHoldingLock(boolean demo, boolean fresh) {
		Leftovers.stop(this.home, this.console);
		if (fresh) {
			this.home.wipeData();
			this.console.line("Deleted all data in " + PlatformHome.display(this.home.data()) + " (--fresh).");
		}
		if (!jarsBuilt() || !portsFree()) {
			return 1;
		}
		recordSupervisor(demo);
		installSignalHandlers();
		PlatformState.Phase finalPhase = PlatformState.Phase.STOPPED;
		try {
			Instant readyAt = startAll(demo);
			this.state.set("readyAt", readyAt.toString());
			printReady(demo);
			this.state.phase(PlatformState.Phase.READY);
			superviseUntilStopped();
			return 0;
		}
		catch (StopRequested ex) {
			this.console.line("Stopping before the platform was ready (" + this.stopReason + ").");
			return 130;
		}
		catch (StartupFailure ex) {
			finalPhase = PlatformState.Phase.FAILED;
			reportFailure(ex.getMessage(), ex.logFile());
			return 1;
		}
		catch (RuntimeException ex) {
			finalPhase = PlatformState.Phase.FAILED;
			reportFailure(ex.toString(), this.home.log("launcher"));
			return 1;
		}
		finally {
			stopAll(finalPhase);
		}
	}

	private boolean jarsBuilt() {
		List<String> missing = Components.applications()
			.stream()
			.map((service) -> service.jar(this.home.repository()))
			.filter((jar) -> !Files.isRegularFile(jar))
			.map(PlatformHome::display)
			.toList();
		if (missing.isEmpty()) {
			return true;
		}
		this.console.error("Cannot start: these jars have not been built:");
		missing.forEach((jar) -> this.console.error("  " + jar));
		this.console.error("Build them with '" + this.invocation.script()
				+ " up' (it builds what is missing) or './mvnw -DskipTests package'.");
		return false;
	}

	private boolean portsFree() {
		List<String> busy = new ArrayList<>();
		Components.ports().forEach((port, component) -> {
			if (Ports.isListening(port)) {
				busy.add("  " + port + " (for " + component + ")");
			}
		});
		if (busy.isEmpty()) {
			return true;
		}
		this.console.error("Cannot start: other programs already listen on ports the platform needs:");
		busy.forEach(this.console::error);
		this.console.error("Stop them (a scibureau started from another directory stops with its own 'down') and try again.");
		return false;
	}

	private void recordSupervisor(boolean demo) {
		ProcessRecord.of(PlatformHome.SUPERVISOR, ProcessHandle.current()).ifPresent(this.records::write);
		this.state.reset();
		this.state.set("supervisorPid", Long.toString(ProcessHandle.current().pid()));
		this.state.set("detached", Boolean.toString(this.detached));
		this.state.set("demo", Boolean.toString(demo));
		this.state.set("startedAt", Instant.now().toString());
		this.state.seeding(demo ? PlatformState.Seeding.PENDING : PlatformState.Seeding.NOT_REQUESTED);
		this.state.phase(PlatformState.Phase.STARTING);
	}

	private Instant startAll(boolean demo) {
		this.console.line("Starting scibureau (data in " + PlatformHome.display(this.home.data()) + ", logs in "
				+ PlatformHome.display(this.home.logs()) + ")");
		prepareLaunches();
		LocalPostgres postgres = startPostgres();
		// The authorization server needs neither database nor broker: it starts while the broker does.
		ManagedProcess authServer = launch(Components.AUTH_SERVER,
				ProcessEnvironments.authServer(this.home.signingKey()));
		LocalKafka kafka;
		try {
			kafka = startKafka();
		}
		finally {
			this.started.push(new Started.One(authServer, stopGrace(authServer)));
		}
		awaitUp(Components.AUTH_SERVER, authServer);
		this.console.step(Components.AUTH_SERVER.name(), "up", Components.AUTH_SERVER.baseUri().toString());
		startServices(postgres, kafka.bootstrapServers());
		ManagedProcess gateway = launch(Components.GATEWAY, ProcessEnvironments.gateway(Components.SERVICES));
		this.started.push(new Started.One(gateway, stopGrace(gateway)));
		awaitUp(Components.GATEWAY, gateway);
		this.console.step(Components.GATEWAY.name(), "up", Components.GATEWAY.baseUri().toString());
		if (demo) {
			seed();
		}
		awaitEverythingReady();
		return Instant.now();
	}

	/**
	 * Unpacks the application jars that are new or changed, in the background while PostgreSQL and Kafka start.
	 */
	private void prepareLaunches() {
		if (!this.invocation.startupCache()) {
			return;
		}
		StartupCache cache = new StartupCache(this.home.cache());
		ExecutorService unpacking = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "startup-cache");
			thread.setDaemon(true);
			return thread;
		});
		for (Service service : Components.applications()) {
			this.launches.put(service.name(), CompletableFuture.supplyAsync(
					() -> cache.prepare(service.name(), service.jar(this.home.repository()), this.java), unpacking));
		}
		unpacking.shutdown();
	}

	private LocalPostgres startPostgres() {
		rotate(this.home.log(Components.POSTGRES));
		this.state.component(Components.POSTGRES, "starting");
		LocalPostgres postgres;
		try {
			postgres = LocalPostgres.start(Components.POSTGRES_PORT, this.home.postgresData(),
					this.home.log(Components.POSTGRES), this.home.databaseCredentials());
		}
		catch (RuntimeException ex) {
			throw new StartupFailure("PostgreSQL did not start: " + ex.getMessage(), this.home.log(Components.POSTGRES), ex);
		}
		Path dataDirectory = this.home.postgresData();
		this.started.push(new Started.Infrastructure(Components.POSTGRES, postgres::stop, postgres::stop,
				() -> LocalPostgres.postmaster(dataDirectory).isPresent()));
		LocalPostgres.postmaster(this.home.postgresData())
			.flatMap((process) -> ProcessRecord.of(Components.POSTGRES, process))
			.ifPresent(this.records::write);
		this.state.component(Components.POSTGRES, "up");
		this.console.step(Components.POSTGRES, "up",
				"localhost:" + Components.POSTGRES_PORT + " (" + String.join(", ", LocalPostgres.DATABASES) + ")");
		checkStop();
		return postgres;
	}

	private LocalKafka startKafka() {
		rotate(this.home.log(Components.KAFKA));
		this.state.component(Components.KAFKA, "starting");
		LocalKafka kafka = LocalKafka.create(Components.KAFKA_PORT, Components.KAFKA_CONTROLLER_PORT,
				this.home.kafkaData(), this.home.log(Components.KAFKA), this.java);
		this.started.push(new Started.Infrastructure(Components.KAFKA, kafka::stop, kafka::kill, kafka::isRunning));
		try {
			kafka.start();
		}
		catch (RuntimeException ex) {
			throw new StartupFailure("Kafka did not start: " + ex.getMessage(), this.home.log(Components.KAFKA), ex);
		}
		kafka.process().flatMap((process) -> ProcessRecord.of(Components.KAFKA, process)).ifPresent(this.records::write);
		this.state.component(Components.KAFKA, "up");
		this.console.step(Components.KAFKA, "up", "localhost:" + Components.KAFKA_PORT);
		checkStop();
		return kafka;
	}

	private void startServices(LocalPostgres postgres, String bootstrapServers) {
		Map<Service, ManagedProcess> starting = new LinkedHashMap<>();
		for (Service service : Components.SERVICES) {
			String database = Objects.requireNonNull(service.database());
			starting.put(service,
					launch(service, ProcessEnvironments.service(service, postgres.database(database), bootstrapServers)));
		}
		List<ManagedProcess> processes = List.copyOf(starting.values());
		Duration grace = processes.stream().map(this::stopGrace).max(Comparator.naturalOrder()).orElse(STOP_GRACE);
		this.started.push(new Started.Together(processes, grace));
		this.console.step("services", "starting",
				String.join(", ", Components.SERVICES.stream().map(Service::name).toList()));
		Instant deadline = Instant.now().plus(APPLICATION_START_TIMEOUT);
		Set<Service> pending = new LinkedHashSet<>(starting.keySet());
		while (!pending.isEmpty()) {
			checkStop();
			for (Iterator<Service> services = pending.iterator(); services.hasNext();) {
				Service service = services.next();
				ManagedProcess process = starting.get(service);
				requireAlive(service, process);
				if (this.probe.check(service.healthUri()).isUp()) {
					services.remove();
					this.state.component(service.name(), "ready");
					this.console.step(service.name(), "ready", service.baseUri().toString());
				}
			}
			if (!pending.isEmpty() && Instant.now().isAfter(deadline)) {
				Service late = pending.iterator().next();
				throw new StartupFailure(late.name() + " was not ready within " + APPLICATION_START_TIMEOUT.toSeconds()
						+ " s (" + late.healthUri() + " answered " + this.probe.check(late.healthUri()).detail() + ")",
						this.home.log(late.name()));
			}
			pause();
		}
	}

	private void seed() {
		this.state.seeding(PlatformState.Seeding.RUNNING);
		SeedReport report;
		try {
			DemoDirectory directory = DemoDirectory.inJar(Components.AUTH_SERVER.jar(this.home.repository()));
			report = new DemoSeeder(Components.GATEWAY.baseUri(), TokenClient.local(), directory, Clock.systemUTC(),
					() -> this.stopRequested.getCount() == 0)
				.seed();
		}
		catch (CancellationException ex) {
			throw new StopRequested();
		}
		catch (SeedingException | TokenException ex) {
			this.state.seeding(PlatformState.Seeding.FAILED);
			throw new StartupFailure("Demo seeding failed: " + ex.getMessage(), this.home.log(Components.GATEWAY.name()), ex);
		}
		this.state.set("seedingSummary", report.summary());
		this.state.seeding(PlatformState.Seeding.FINISHED);
		this.console.step("demo data", "seeded", report.summary());
	}

	private ManagedProcess launch(Service service, Map<String, String> environment) {
		Path log = this.home.log(service.name());
		rotate(log);
		StartupCache.Launch prepared = this.launches
			.getOrDefault(service.name(),
					CompletableFuture.completedFuture(StartupCache.Launch.asBuilt(service.jar(this.home.repository()))))
			.join();
		ProcessSpec spec = new ProcessSpec(service.name(), ProcessEnvironments.command(this.java, prepared),
				environment, this.home.directory(), log);
		ManagedProcess process;
		try {
			process = ManagedProcess.start(spec);
		}
		catch (IOException ex) {
			throw new StartupFailure("Could not start " + service.name() + ": " + ex.getMessage(), null, ex);
		}
		ProcessRecord.of(service.name(), process.handle()).ifPresent(this.records::write);
		this.state.component(service.name(), "starting");
		if (prepared.writesCacheOnExit()) {
			this.cacheWriters.add(service.name());
		}
		return process;
	}

	private void awaitUp(Service service, ManagedProcess process) {
		Instant deadline = Instant.now().plus(APPLICATION_START_TIMEOUT);
		while (true) {
			checkStop();
			requireAlive(service, process);
			Health health = this.probe.check(service.healthUri());
			if (health.isUp()) {
				this.state.component(service.name(), "up");
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new StartupFailure(service.name() + " did not report UP within "
						+ APPLICATION_START_TIMEOUT.toSeconds() + " s (" + service.healthUri() + " answered "
						+ health.detail() + ")", process.logFile());
			}
			pause();
		}
	}

	/** The last check before "ready": every service still ready, then the gateway UP. */
	private void awaitEverythingReady() {
		List<Service> order = new ArrayList<>(Components.SERVICES);
		order.add(Components.GATEWAY);
		Instant deadline = Instant.now().plus(READY_CHECK_TIMEOUT);
		for (Service service : order) {
			Health health = this.probe.check(service.healthUri());
			while (!health.isUp()) {
				checkStop();
				if (Instant.now().isAfter(deadline)) {
					throw new StartupFailure(service.name() + " stopped being ready (" + service.healthUri()
							+ " answered " + health.detail() + ")", this.home.log(service.name()));
				}
				pause();
				health = this.probe.check(service.healthUri());
			}
		}
	}

	private Duration stopGrace(ManagedProcess process) {
		return this.cacheWriters.contains(process.name()) ? CACHE_WRITING_STOP_GRACE : STOP_GRACE;
	}

	private void requireAlive(Service service, ManagedProcess process) {
		if (!process.isAlive()) {
			this.state.component(service.name(), "exited");
			throw new StartupFailure(service.name() + " exited with code " + process.exitCode().orElse(-1)
					+ " while starting", process.logFile());
		}
	}

	private void printReady(boolean demo) {
		String script = this.invocation.script();
		Service plan = Components.SERVICES.get(0);
		this.console.line("");
		this.console.line("scibureau is ready (" + this.console.elapsed() + ").");
		this.console.line("");
		this.console.line("  Gateway      " + Components.GATEWAY.baseUri());
		this.console.line("  Swagger UI   " + Components.GATEWAY.baseUri() + "/swagger-ui.html");
		this.console.line("  Auth server  " + Components.AUTH_SERVER.baseUri() + " (token endpoint /oauth2/token)");
		this.console.line("  Metrics      " + plan.baseUri() + "/actuator/prometheus (plan; funding 8082, talent 8083, "
				+ "ip 8084, awards 8085)");
		this.console.line("  Logs         " + PlatformHome.display(this.home.logs()));
		if (demo) {
			this.console.line("  Demo data    Chengdu organisations, researchers, experts, plans, programs, funds, "
					+ "calls, projects in every state and expert reviews");
		}
		this.console.line("");
		this.console.line("Try it:");
		this.console.line("  TOKEN=$(" + script + " token --role plan-officer | tail -1); curl -s -H \"Authorization: Bearer $TOKEN\" "
				+ Components.GATEWAY.baseUri() + "/api/plan/plans");
		this.console.line("");
		if (this.detached) {
			this.console.line("Running in the background: '" + script + " status' shows its state, '" + script
					+ " down' stops it.");
		}
		else {
			this.console.line("Press Ctrl-C to stop.");
		}
	}

	private void superviseUntilStopped() {
		Set<String> reported = new HashSet<>();
		while (!awaitStop(Duration.ofSeconds(1))) {
			checkWatchedProcess();
			for (Started component : this.started) {
				for (String exited : component.exited()) {
					if (reported.add(exited)) {
						this.console.error(exited + " exited unexpectedly; the platform is not ready any more. See "
								+ PlatformHome.display(this.home.log(exited)) + ".");
						this.state.component(exited, "exited");
						this.state.phase(PlatformState.Phase.DEGRADED);
					}
				}
			}
		}
	}

	private void installSignalHandlers() {
		Signals.handle(this::onSignal, "TERM");
		if (this.detached) {
			// In the background, the terminal's signals are not meant for the platform; only down's SIGTERM is.
			Signals.ignore("INT", "HUP");
		}
		else {
			Signals.handle(this::onSignal, "INT", "HUP");
		}
	}

	private void onSignal(String signal) {
		if (this.signals.incrementAndGet() == 1) {
			if (!this.detached) {
				this.console.line("");
				this.console.line("Stopping scibureau (SIG" + signal + "); press Ctrl-C again to kill everything at once.");
			}
			requestStop("SIG" + signal);
			return;
		}
		this.console.error("Killing every process of the platform.");
		for (Started component : this.started) {
			component.kill();
		}
		Runtime.getRuntime().halt(137);
	}

	private void requestStop(String reason) {
		if (this.stopRequested.getCount() > 0) {
			this.stopReason = reason;
			this.stopRequested.countDown();
		}
	}

	private void checkStop() {
		checkWatchedProcess();
		if (this.stopRequested.getCount() == 0) {
			throw new StopRequested();
		}
	}

	private void checkWatchedProcess() {
		Long watched = this.invocation.watchPid();
		if (watched != null && ProcessHandle.of(watched).map((process) -> !process.isAlive()).orElse(true)) {
			requestStop("process " + watched + ", which started the platform, exited");
		}
	}

	private void pause() {
		awaitStop(POLL_INTERVAL);
	}

	private boolean awaitStop(Duration timeout) {
		try {
			return this.stopRequested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			requestStop("interrupted");
			return true;
		}
	}

	private void stopAll(PlatformState.Phase finalPhase) {
		if (!this.started.isEmpty()) {
			Console stopwatch = this.console.restarted();
			this.state.phase(PlatformState.Phase.STOPPING);
			this.console.line(this.cacheWriters.isEmpty() ? "Stopping scibureau..."
					: "Stopping scibureau (the first stop after a build also saves the JVMs' startup caches, so the next start is faster)...");
			Started next;
			while ((next = this.started.pollFirst()) != null) {
				try {
					next.stop(stopwatch, this.records);
					next.names().forEach((name) -> this.state.component(name, "stopped"));
				}
				catch (RuntimeException ex) {
					this.console.error("Could not stop " + next.name() + " cleanly: " + ex.getMessage());
				}
			}
			this.console.line("Stopped (" + stopwatch.elapsed() + ").");
		}
		this.records.delete(PlatformHome.SUPERVISOR);
		this.state.phase(finalPhase);
	}

	private void reportFailure(String message, @Nullable Path logFile) {
		this.state.set("failure", message);
		this.console.error("");
		this.console.error("scibureau could not start: " + message);
		if (logFile != null && Files.isRegularFile(logFile)) {
			this.console.error("Last lines of " + PlatformHome.display(logFile) + ":");
			this.console.excerpt(LogTail.lastLines(logFile, 30));
		}
		this.console.error("Logs of every component are in " + PlatformHome.display(this.home.logs())
				+ ". Everything that was started is stopped again.");
	}

	/** Keeps the previous run's log as {@code <name>.log.1}, so each log file tells one run. */
	private static void rotate(Path log) {
		try {
			if (Files.isRegularFile(log)) {
				Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not rotate " + log, ex);
		}
	}

	/**
	 * Unwinds the start when a stop is requested before the platform is ready.
	 */
	private static final class StopRequested extends RuntimeException {

		StopRequested() {
			super(null, null, false, false);
		}

	}

	/**
	 * Something the supervisor started and must stop.
	 */
	private sealed interface Started {

		String name();

		/** Stops it gracefully, saying so on the console, and removes its process records. */
		void stop(Console console, ProcessRecords records);

		/** Kills it at once. */
		void kill();

		/** The names of its components. */
		List<String> names();

		/** The names of its processes that have exited. */
		List<String> exited();

		/** An application process. */
		record One(ManagedProcess process, Duration grace) implements Started {

			@Override
			public String name() {
				return this.process.name();
			}

			@Override
			public void stop(Console console, ProcessRecords records) {
				boolean graceful = this.process.stop(this.grace);
				console.step(name(), graceful ? "stopped" : "killed", graceful ? "" : "did not stop within "
						+ this.grace.toSeconds() + " s");
				records.delete(name());
			}

			@Override
			public void kill() {
				this.process.kill();
			}

			@Override
			public List<String> names() {
				return List.of(name());
			}

			@Override
			public List<String> exited() {
				return this.process.isAlive() ? List.of() : List.of(name());
			}

		}

		/** Application processes that start and stop at the same time. */
		record Together(List<ManagedProcess> processes, Duration grace) implements Started {

			@Override
			public String name() {
				return String.join(", ", this.processes.stream().map(ManagedProcess::name).toList());
			}

			@Override
			public void stop(Console console, ProcessRecords records) {
				this.processes.forEach(ManagedProcess::requestStop);
				for (ManagedProcess process : this.processes) {
					boolean graceful = process.awaitExit(this.grace);
					if (!graceful) {
						process.kill();
					}
					console.step(process.name(), graceful ? "stopped" : "killed", graceful ? "" : "did not stop within "
							+ this.grace.toSeconds() + " s");
					records.delete(process.name());
				}
			}

			@Override
			public void kill() {
				this.processes.forEach(ManagedProcess::kill);
			}

			@Override
			public List<String> names() {
				return this.processes.stream().map(ManagedProcess::name).toList();
			}

			@Override
			public List<String> exited() {
				return this.processes.stream().filter((process) -> !process.isAlive()).map(ManagedProcess::name).toList();
			}

		}

		/** PostgreSQL or Kafka. */
		record Infrastructure(String name, Runnable stopAction, Runnable killAction,
				BooleanSupplier running) implements Started {

			@Override
			public void stop(Console console, ProcessRecords records) {
				this.stopAction.run();
				console.step(this.name, "stopped", "");
				records.delete(this.name);
			}

			@Override
			public void kill() {
				this.killAction.run();
			}

			@Override
			public List<String> names() {
				return List.of(this.name);
			}

			@Override
			public List<String> exited() {
				return this.running.getAsBoolean() ? List.of() : List.of(this.name);
			}

		}

	}

}
