package org.scibureau.bench.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/** Taking a figure several times and keeping the median. */
final class Runs {

	private Runs() {
	}

	/**
	 * Runs something several times.
	 * @param runs how many times, at least once
	 * @param run what to run
	 * @param order how its results are ranked
	 * @return the median result (the upper one of an even count)
	 * @throws Exception if a run fails
	 */
	static <T> T median(int runs, Callable<T> run, Comparator<? super T> order) throws Exception {
		List<T> results = new ArrayList<>();
		for (int i = 0; i < Math.max(1, runs); i++) {
			results.add(run.call());
		}
		results.sort(order);
		return results.get(results.size() / 2);
	}

}
