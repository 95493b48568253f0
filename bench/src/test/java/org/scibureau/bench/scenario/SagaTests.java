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
 * The scenario in smoke mode, through the real plan-service and funding-service: a handful of sagas at a rate and
 * at saturation, every one completed, and the invariant check computed.
 */
class SagaTests {

	@Test
	void completesEverySagaAtARateAndAtSaturationAndChecksTheInvariants(@TempDir Path work) throws Exception {
		ScenarioResult result = new Saga()
			.run(new BenchContext(Mode.SMOKE, Path.of(System.getProperty("scibureau.repository", "..")), work));

		assertThat(result.skipped()).isNull();
		assertThat(result.measurements()).extracting(Measurement::target)
			.containsExactly("approval (plan-service)", "saga: approval → funds committed in plan",
					"approval (plan-service)", "saga: approval → funds committed in plan");
		assertThat(result.measurements()).allSatisfy((measurement) -> {
			assertThat(measurement.operations()).as(measurement.toString()).isPositive();
			assertThat(measurement.errors()).as(measurement.toString()).isZero();
			assertThat(measurement.latency().p99()).isPositive();
		});
		assertThat(result.goals()).extracting(Goal::name).containsExactly("saga invariant violations");
	}

}
