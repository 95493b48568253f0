package org.scibureau.bench.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;

/** The runs of one measurement that a mode asks for, of which a scenario reports the median. */
final class Runs {

	private Runs() {
	}

	/**
	 * Takes the mode's runs of a measurement.
	 * @param mode how many runs
	 * @param order what the median is of, e.g. throughput
	 * @param run one run
	 * @return the median run in that order
	 */
	static Measurement median(Mode mode, Comparator<Measurement> order, Supplier<Measurement> run) {
		List<Measurement> runs = new ArrayList<>();
		for (int i = 0; i < mode.runs(); i++) {
			runs.add(run.get());
		}
		runs.sort(order);
		return runs.get(runs.size() / 2);
	}

}
