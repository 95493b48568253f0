package org.scibureau.bench.scenario;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;
import org.scibureau.bench.ScenarioResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenario in smoke mode, through the real gateway: it measures every target and computes every goal. */
class GatewayHopTests {

	@Test
	void measuresEveryTargetThroughTheRealGatewayWithoutErrors(@TempDir Path work) throws Exception {
		ScenarioResult result = new GatewayHop()
			.run(new BenchContext(Mode.SMOKE, Path.of(System.getProperty("scibureau.repository", "..")), work));

		assertThat(result.skipped()).isNull();
		assertThat(result.measurements()).extracting(Measurement::target)
			.containsExactly("direct", "gateway", "gateway, no token check", "direct", "gateway", "direct", "gateway");
		assertThat(result.measurements()).allSatisfy((measurement) -> {
			assertThat(measurement.operations()).as(measurement.toString()).isPositive();
			assertThat(measurement.errors()).as(measurement.toString()).isZero();
			assertThat(measurement.latency().p99()).isPositive();
		});
		assertThat(result.goals()).extracting(Goal::name)
			.containsExactly("gateway/direct throughput, zero-delay backend",
					"p99 the gateway adds at half its saturation", "gateway/direct throughput, 20 ms backend");
		assertThat(result.measurements().get(5).latency().p50()).as("the 20 ms backend's median")
			.isGreaterThanOrEqualTo(20);
	}

}
