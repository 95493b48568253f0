package org.scibureau.local.launcher;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.scibureau.local.process.Health;
import org.scibureau.local.process.HealthProbe;
import org.scibureau.local.process.Ports;
import org.scibureau.local.process.ProcessRecord;

/**
 * {@code status}: asks every component for its state now, and exits 0 only when the platform is ready: a supervisor
 * runs, every service's readiness is UP, demo seeding finished (when asked for) and the gateway's health is UP.
 */
final class StatusCommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
		.withZone(ZoneId.systemDefault());

	private final PlatformHome home;

	private final Console console;

	private final String script;

	private final HealthProbe probe;

	StatusCommand(Invocation invocation, Console console, HealthProbe probe) {
		this.home = invocation.platformHome();
		this.console = console;
		this.script = invocation.script();
		this.probe = probe;
	}

	int run() {
		Optional<ProcessHandle> supervisor = supervisor(this.home);
		if (supervisor.isEmpty()) {
			reportNotRunning();
			return 1;
		}
		PlatformState state = PlatformState.read(this.home.stateFile());
		this.console.line("scibureau is " + phase(state) + " (supervisor pid " + supervisor.get().pid()
				+ (state.detached() ? ", in the background" : "") + since(state.startedAt()) + ")");
		List<Boolean> ready = new ArrayList<>();
		ready.add(port(Components.POSTGRES, Components.POSTGRES_PORT));
		ready.add(port(Components.KAFKA, Components.KAFKA_PORT));
		ready.add(health(Components.AUTH_SERVER, "up"));
		Components.SERVICES.forEach((service) -> ready.add(health(service, "ready")));
		ready.add(seeding(state));
		ready.add(health(Components.GATEWAY, "up"));
		boolean allReady = !ready.contains(false);
		this.console.line(allReady ? "Ready." : "Not ready.");
		return allReady ? 0 : 1;
	}

	/**
	 * Says that a platform runs already, with its supervisor's pid when known.
	 */
	static void reportAlreadyRunning(PlatformHome home, Console console, String script) {
		String pid = supervisor(home).map((process) -> " (supervisor pid " + process.pid() + ")").orElse("");
		console.error("scibureau is already running from " + PlatformHome.display(home.directory()) + pid + ". '"
				+ script + " status' shows its state; '" + script + " down' stops it.");
	}

	static Optional<ProcessHandle> supervisor(PlatformHome home) {
		return home.records().read(PlatformHome.SUPERVISOR).flatMap(ProcessRecord::live);
	}

	private void reportNotRunning() {
		this.console.line("scibureau is not running.");
		List<String> leftovers = this.home.records()
			.all()
			.stream()
			.filter((record) -> record.live().isPresent())
			.map((record) -> record.name() + " (pid " + record.pid() + ")")
			.toList();
		if (!leftovers.isEmpty()) {
			this.console.line("Processes of an earlier run still live: " + String.join(", ", leftovers) + ". '"
					+ this.script + " down' stops them.");
		}
	}

	private boolean port(String name, int port) {
		boolean listening = Ports.isListening(port);
		row(name, listening ? "up" : "down", "localhost:" + port);
		return listening;
	}

	private boolean health(Service service, String upWord) {
		Health health = this.probe.check(service.healthUri());
		String state = health.isUp() ? upWord : health.answered() ? health.detail().toLowerCase(Locale.ROOT) : "down";
		row(service.name(), state, service.baseUri().toString());
		return health.isUp();
	}

	private boolean seeding(PlatformState state) {
		String detail = (state.seedingSummary() != null) ? state.seedingSummary() : "";
		return switch (state.seeding()) {
			case NOT_REQUESTED -> {
				row("demo data", "-", "not asked for (up --demo seeds it)");
				yield true;
			}
			case FINISHED -> {
				row("demo data", "seeded", detail);
				yield true;
			}
			case FAILED -> {
				row("demo data", "failed", "see " + PlatformHome.display(this.home.logs()));
				yield false;
			}
			case PENDING, RUNNING -> {
				row("demo data", "seeding", "");
				yield false;
			}
		};
	}

	private void row(String component, String state, String detail) {
		this.console.line(String.format(Locale.ROOT, "  %-12s %-9s %s", component, state, detail));
	}

	private static String phase(PlatformState state) {
		return switch (state.phase()) {
			case NOT_STARTED, STARTING -> "starting";
			case READY -> "running";
			case DEGRADED -> "running, but a component exited";
			case STOPPING -> "stopping";
			case STOPPED -> "stopped";
			case FAILED -> "failing";
		};
	}

	private static String since(@Nullable Instant startedAt) {
		return (startedAt != null) ? ", started " + TIME.format(startedAt) : "";
	}

}
