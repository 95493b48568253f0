package org.scibureau.bench.scenario;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;
import org.scibureau.bench.ScenarioResult;
import org.scibureau.bench.load.UnpackedJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario in smoke mode: the bare WebFlux application unpacked, trained and started without and with its
 * startup cache, beside itself started as the reference; it measures every start and computes every goal.
 */
class FootprintTests {

	@Test
	void takesEveryStepOfTheMeasurementOnTheBareApplication(@TempDir Path work) throws Exception {
		ScenarioResult result = new Footprint()
			.run(new BenchContext(Mode.SMOKE, Path.of(System.getProperty("scibureau.repository", "..")), work));

		assertThat(result.skipped()).isNull();
		assertThat(result.measurements()).extracting(Measurement::target)
			.containsExactly("bare WebFlux app", "hello", "hello");
		assertThat(result.measurements()).extracting(Measurement::name)
			.containsExactly("time to ready, no cache", "time to ready, no cache",
					"time to ready, " + UnpackedJar.kind());
		assertThat(result.measurements()).allSatisfy((measurement) -> {
			assertThat(measurement.operations()).as(measurement.toString()).isOne();
			assertThat(measurement.errors()).as(measurement.toString()).isZero();
			assertThat(measurement.latency().p50()).as(measurement.toString()).isPositive();
		});
		assertThat(result.goals()).extracting(Goal::name)
			.containsExactly("time to ready with the " + UnpackedJar.kind() + " / without, hello (median of 1)",
					"PSS after warm-up / the bare WebFlux app's, hello", "PSS after warm-up, hello");
		assertThat(result.goals()).allSatisfy((goal) -> assertThat(goal.value()).as(goal.name()).isPositive());
	}

}
