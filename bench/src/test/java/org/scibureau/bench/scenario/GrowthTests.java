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

/** The scenario in smoke mode, against the real plan-service: it measures every target and computes every goal. */
class GrowthTests {

	@Test
	void measuresEveryListAndStatisticAtEachSizeWithoutErrors(@TempDir Path work) throws Exception {
		ScenarioResult result = new Growth()
			.run(new BenchContext(Mode.SMOKE, Path.of(System.getProperty("scibureau.repository", "..")), work));

		assertThat(result.skipped()).isNull();
		assertThat(result.measurements()).extracting((measurement) -> measurement.name() + ": " + measurement.target())
			.containsExactly("2k rows: list, page 1", "2k rows: list, page at 90% depth",
					"2k rows: list, filtered by state and district", "2k rows: search in titles",
					"2k rows: statistics by year", "2k rows: statistics by priority area",
					"4k rows: list, page 1", "4k rows: list, page at 90% depth",
					"4k rows: list, filtered by state and district", "4k rows: search in titles",
					"4k rows: statistics by year", "4k rows: statistics by priority area",
					"3600 deep, JDBC: keyset query", "3600 deep, JDBC: OFFSET 3600 query");
		assertThat(result.measurements()).allSatisfy((measurement) -> {
			assertThat(measurement.operations()).as(measurement.toString()).isPositive();
			assertThat(measurement.errors()).as(measurement.toString()).isZero();
			assertThat(measurement.latency().p99()).isPositive();
		});
		assertThat(result.goals()).extracting(Goal::name)
			.containsExactly("list p99 at depth 3600 of 4k rows / page 1",
					"OFFSET / keyset query p99 at depth 3600, over JDBC",
					"Index Scan nodes in the plan of the keyset query at depth",
					"Sort nodes in the plan of the keyset query at depth", "statistics by year, p99 at 4k rows",
					"statistics by priority area, p99 at 4k rows", "list, page 1 p99, 4k / 2k rows",
					"list, page at 90% depth p99, 4k / 2k rows");
		assertThat(result.goals()).allSatisfy((goal) -> assertThat(goal.value()).as(goal.name()).isFinite());
	}

}
