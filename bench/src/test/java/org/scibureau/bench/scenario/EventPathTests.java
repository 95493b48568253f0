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

/**
 * The scenario in smoke mode, through the real talent-service and plan-service on a real broker: it measures every
 * target, loses no event and computes its goals (not those of the polling relay and the broker outage, which the
 * smoke run leaves out).
 */
class EventPathTests {

	@Test
	void measuresEveryTargetThroughTheRealServicesWithoutLosingAnEvent(@TempDir Path work) throws Exception {
		ScenarioResult result = new EventPath()
			.run(new BenchContext(Mode.SMOKE, Path.of(System.getProperty("scibureau.repository", "..")), work));

		assertThat(result.skipped()).isNull();
		assertThat(result.measurements()).extracting(Measurement::target)
			.containsExactly("registrations, NOTIFY", "event path, NOTIFY", "registrations, NOTIFY",
					"event path, NOTIFY", "relay: commit to published, NOTIFY", "bare Kafka", "event path, NOTIFY");
		assertThat(result.measurements()).allSatisfy((measurement) -> {
			assertThat(measurement.operations()).as(measurement.toString()).isPositive();
			assertThat(measurement.errors()).as(measurement.toString()).isZero();
			assertThat(measurement.latency().p99()).as(measurement.toString()).isPositive();
		});
		assertThat(result.goals()).hasSize(4);
		assertThat(result.goals()).filteredOn((goal) -> goal.unit().equals("events") || goal.unit().equals("keys"))
			.extracting(Goal::value)
			.containsExactly(0.0, 0.0);
	}

}
