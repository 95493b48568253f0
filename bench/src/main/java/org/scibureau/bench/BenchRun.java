package org.scibureau.bench;

import java.time.Instant;
import java.util.List;

/**
 * A whole bench run.
 *
 * @param startedAt when it started
 * @param mode {@code full}, {@code quick} or {@code smoke}
 * @param machine the machine and versions
 * @param scenarios what each scenario measured
 */
public record BenchRun(Instant startedAt, String mode, Machine machine, List<ScenarioResult> scenarios) {

	public BenchRun {
		scenarios = List.copyOf(scenarios);
	}

}
