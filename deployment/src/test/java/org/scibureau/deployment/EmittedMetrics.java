package org.scibureau.deployment;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The metrics the running platform exposes to Prometheus, each with where it comes from. Alerts and dashboards may
 * only read these; EmittedMetricsTests checks the platform's own meters against platform-starter's sources and
 * Spring Boot's R2DBC pool meters against the library.
 */
final class EmittedMetrics {

	static final String OUTBOX_MONITOR = "platform/platform-starter/src/main/java/org/scibureau/platform/outbox/OutboxMonitor.java";

	static final String OUTBOX_RELAY = "platform/platform-starter/src/main/java/org/scibureau/platform/outbox/OutboxRelay.java";

	static final String INBOX = "platform/platform-starter/src/main/java/org/scibureau/platform/inbox/Inbox.java";

	/** The Micrometer meters platform-starter registers in every service. */
	static final List<Meter> PLATFORM = List.of(
			new Meter("scibureau.outbox.backlog", Type.GAUGE, null, OUTBOX_MONITOR),
			new Meter("scibureau.outbox.oldest.age", Type.GAUGE, "seconds", OUTBOX_MONITOR),
			new Meter("scibureau.outbox.published", Type.COUNTER, null, OUTBOX_RELAY),
			new Meter("scibureau.outbox.publish.failures", Type.COUNTER, null, OUTBOX_RELAY),
			new Meter("scibureau.outbox.lag", Type.TIMER_WITH_PERCENTILES, "seconds", OUTBOX_RELAY),
			new Meter("scibureau.outbox.leader", Type.GAUGE, null, OUTBOX_RELAY),
			new Meter("scibureau.inbox.events", Type.COUNTER, null, INBOX));

	/** Spring Boot's R2DBC pool gauges ({@code ConnectionPoolMetrics}: {@code r2dbc.pool.<name>}, unit connections). */
	static final List<Meter> R2DBC_POOL = List.of("acquired", "allocated", "idle", "pending", "max.allocated",
			"max.pending")
		.stream()
		.map((name) -> new Meter("r2dbc.pool." + name, Type.GAUGE, "connections",
				"org.springframework.boot.r2dbc.metrics.ConnectionPoolMetrics"))
		.toList();

	/** Meters of Spring Boot and Micrometer that every service and the gateway register. */
	static final List<Meter> FRAMEWORK = List.of(
			new Meter("http.server.requests", Type.TIMER_WITH_HISTOGRAM, "seconds",
					"Spring WebFlux server observation, recorded by Spring Boot actuator; the _bucket series exist "
							+ "because the deployments set " + EnvironmentNames.LATENCY_HISTOGRAMS),
			new Meter("jvm.memory.used", Type.GAUGE, "bytes", "Micrometer JvmMemoryMetrics (Spring Boot actuator)"),
			new Meter("jvm.memory.committed", Type.GAUGE, "bytes", "Micrometer JvmMemoryMetrics (Spring Boot actuator)"),
			new Meter("jvm.memory.max", Type.GAUGE, "bytes", "Micrometer JvmMemoryMetrics (Spring Boot actuator)"));

	/** Series Prometheus derives itself or reads from the blackbox exporter. */
	static final Map<String, String> SCRAPE = Map.of("up", "Prometheus: 1 when a scrape of the target succeeds",
			"probe_success", "blackbox exporter: 1 when a readiness probe answers 200 (job scibureau-readiness)");

	private EmittedMetrics() {
	}

	/** Every series name, with its source. */
	static Map<String, String> all() {
		Map<String, String> all = new LinkedHashMap<>();
		for (List<Meter> meters : List.of(PLATFORM, R2DBC_POOL, FRAMEWORK)) {
			meters.forEach((meter) -> meter.seriesNames().forEach((series) -> all.put(series, meter.source())));
		}
		all.putAll(SCRAPE);
		return all;
	}

	/** How Micrometer registers a meter, which decides its Prometheus series. */
	enum Type {

		COUNTER("Counter\\.builder\\(\\s*\"%1$s\"|\\.counter\\(\\s*\"%1$s\""),

		GAUGE("Gauge\\.builder\\(\\s*\"%1$s\"|\\.gauge\\(\\s*\"%1$s\""),

		/** A timer publishing client-side percentiles: quantile series besides count, sum and max. */
		TIMER_WITH_PERCENTILES("Timer\\.builder\\(\\s*\"%1$s\"|\\.timer\\(\\s*\"%1$s\""),

		/** A timer publishing a histogram: bucket series besides count, sum and max. */
		TIMER_WITH_HISTOGRAM("Timer\\.builder\\(\\s*\"%1$s\"|\\.timer\\(\\s*\"%1$s\"");

		private final String registration;

		Type(String registration) {
			this.registration = registration;
		}

		/** How source code registers a meter of this type under {@code name}. */
		Pattern registration(String name) {
			return Pattern.compile(String.format(this.registration, Pattern.quote(name)));
		}

	}

	/**
	 * A Micrometer meter.
	 *
	 * @param name the meter name, e.g. {@code scibureau.outbox.oldest.age}
	 * @param type how it is registered
	 * @param baseUnit its base unit, appended to the Prometheus name, or {@code null}
	 * @param source where it is registered: a repository path or a library
	 */
	record Meter(String name, Type type, @Nullable String baseUnit, String source) {

		/** The Prometheus series, by Micrometer's Prometheus naming convention. */
		Set<String> seriesNames() {
			String base = this.name.replace('.', '_');
			if (this.baseUnit != null && !base.endsWith("_" + this.baseUnit)) {
				base = base + "_" + this.baseUnit;
			}
			return switch (this.type) {
				case COUNTER -> Set.of(base + "_total");
				case GAUGE -> Set.of(base);
				case TIMER_WITH_PERCENTILES -> new LinkedHashSet<>(List.of(base, base + "_count", base + "_sum",
						base + "_max"));
				case TIMER_WITH_HISTOGRAM -> new LinkedHashSet<>(List.of(base + "_bucket", base + "_count",
						base + "_sum", base + "_max"));
			};
		}

	}

}
