package org.scibureau.bench.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.scibureau.bench.BenchRun;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Latency;
import org.scibureau.bench.Machine;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Measurement.Spread;
import org.scibureau.bench.ScenarioResult;

/**
 * Runs to report on: one scenario measured with a goal met and one not, and one skipped.
 */
final class BenchRunFixture {

	static final String SCRIPT_NOTE = "<script>alert('pwned')</script> stays text";

	private BenchRunFixture() {
	}

	static BenchRun sample() {
		return new BenchRun(Instant.parse("2025-06-01T10:15:30.123456789Z"), "quick", machine(),
				List.of(gatewayHop(), nginxReference()));
	}

	static Machine machine() {
		return new Machine(2, 8L * 1024 * 1024 * 1024, "Intel Xeon E5", "Linux 6.1", "25.0.1", "b5e65b7",
				Map.of("Spring Boot", "4.0.9", "PostgreSQL", "17.7"));
	}

	static ScenarioResult gatewayHop() {
		return new ScenarioResult("gateway-hop", "The gateway against direct calls", List.of(direct(), gateway()),
				List.of(new Goal("gateway/direct throughput", 0.5, true, 0.35, "×"),
						new Goal("p99 added by the gateway", 6.42, false, 1.5, "ms")),
				List.of("client pinned to core 1", SCRIPT_NOTE), null);
	}

	static ScenarioResult nginxReference() {
		return new ScenarioResult("nginx-reference", "nginx as the reference proxy", List.of(), List.of(), List.of(),
				"no nginx on this machine");
	}

	static Measurement direct() {
		return new Measurement("saturation", "direct", 12_000, 0, 3.0, 4000.0,
				new Latency(12_000, 1.1, 1.2, 2.345, 3.456, 5.0, 12.5), List.of(3900L, 4000L, 4100L));
	}

	static Measurement gateway() {
		return new Measurement("saturation", "gateway", 6_000, 3, 3.0, 2000.0,
				new Latency(6_000, 2.0, 2.5, 4.0, 9.87654, 12.0, 40.2), List.of(1900L, 2000L, 2100L),
				new Spread(3, 1_870, 2_040, 9.2, 11.06));
	}

}
