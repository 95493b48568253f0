package org.scibureau.bench.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;

/** Taking a figure several times, as a mode asks, and keeping the median. */
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
	static Measurement median(Mode mode, Comparator<Measurement> order, Run<Measurement, RuntimeException> run) {
		return median(mode.runs(), run, order);
	}

	/**
	 * Runs something several times.
	 * @param <T> what a run gives
	 * @param <E> what a run may throw
	 * @param runs how many times, at least once
	 * @param run what to run
	 * @param order how its results are ranked
	 * @return the median result (the upper one of an even count)
	 * @throws E if a run fails
	 */
	static <T, E extends Exception> T median(int runs, Run<T, E> run, Comparator<? super T> order) throws E {
		List<T> results = new ArrayList<>();
		for (int i = 0; i < Math.max(1, runs); i++) {
			results.add(run.call());
		}
		results.sort(order);
		return results.get(results.size() / 2);
	}

	/**
	 * One run.
	 * @param <T> what it gives
	 * @param <E> what it may throw
	 */
	@FunctionalInterface
	interface Run<T, E extends Exception> {

		/**
		 * Runs it.
		 * @return its result
		 * @throws E if it fails
		 */
		T call() throws E;

	}

}
