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
 * The scenario in smoke mode, against the embedded PostgreSQL and the real plan-service: it measures R2DBC, JDBC and
 * the create-application POST without errors and computes the goals that need no pgbench.
 */
class WritePathTests {

	@Test
	void measuresBothDriversAndThePostWithoutErrors(@TempDir Path work) throws Exception {
		ScenarioResult result = new WritePath()
			.run(new BenchContext(Mode.SMOKE, Path.of(System.getProperty("scibureau.repository", "..")), work));

		assertThat(result.skipped()).isNull();
		assertThat(result.measurements()).extracting(Measurement::target)
			.containsExactly("R2DBC", "JDBC", "R2DBC", "JDBC", "POST /api/plan/projects", "POST /api/plan/projects");
		assertThat(result.measurements()).allSatisfy((measurement) -> {
			assertThat(measurement.operations()).as(measurement.toString()).isPositive();
			assertThat(measurement.errors()).as(measurement.toString()).isZero();
			assertThat(measurement.latency().p99()).as(measurement.toString()).isPositive();
		});
		assertThat(result.goals()).extracting(Goal::name)
			.containsExactly("R2DBC/JDBC primary-key read throughput", "R2DBC/JDBC single-row insert throughput",
					"create-application POST p99 at half its saturation");
		assertThat(result.goals()).allSatisfy((goal) -> assertThat(goal.value()).as(goal.name()).isPositive());
	}

}
