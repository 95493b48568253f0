package org.scibureau.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The bench's run of scenarios, with scenarios that measure nothing: the selection by name, the time each took and
 * a failing scenario reported as skipped while the others still run.
 */
class BenchTests {

	@Test
	void runsTheNamedScenariosInTheirOrderAndNotesHowLongEachTook(@TempDir Path work) throws IOException {
		Bench bench = new Bench(List.of(fixed("first"), fixed("second"), fixed("third")));

		BenchRun run = bench.run(List.of("third", "first"), context(work), Instant.now());

		assertThat(run.scenarios()).extracting(ScenarioResult::scenario).containsExactly("first", "third");
		assertThat(run.scenarios()).allSatisfy((result) -> assertThat(result.notes())
			.containsExactly("its own note", "the scenario took 0 s"));
	}

	@Test
	void reportsAFailingScenarioAsSkippedWithItsReasonAndRunsTheNext(@TempDir Path work) throws IOException {
		Scenario failing = new Scenario() {

			@Override
			public String name() {
				return "failing";
			}

			@Override
			public ScenarioResult run(BenchContext context) throws IOException {
				throw new IOException("no jar");
			}

		};
		Bench bench = new Bench(List.of(failing, fixed("next")));

		BenchRun run = bench.run(List.of(), context(work), Instant.now());

		assertThat(run.scenarios()).extracting(ScenarioResult::skipped).containsExactly("IOException: no jar", null);
		assertThat(run.scenarios().getFirst().notes()).singleElement().asString().startsWith("the scenario took");
	}

	@Test
	void refusesANameThatIsNoScenarioBeforeRunningAny(@TempDir Path work) {
		Bench bench = new Bench(List.of(fixed("first")));

		assertThatIllegalArgumentException().isThrownBy(() -> bench.run(List.of("first", "typo"), context(work),
				Instant.now()))
			.withMessage("No scenario 'typo'; there are [first]");
	}

	private static BenchContext context(Path work) {
		return new BenchContext(Mode.SMOKE, work, work.resolve("work"));
	}

	private static Scenario fixed(String name) {
		return new Scenario() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public ScenarioResult run(BenchContext context) {
				return new ScenarioResult(name, "nothing measured", List.of(), List.of(), List.of("its own note"),
						null);
			}

		};
	}

}
