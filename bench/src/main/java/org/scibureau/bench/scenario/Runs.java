package org.scibureau.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;

/**
 * Taking a figure several times, as a mode asks, and keeping the median with the spread of the runs. The first run
 * follows a warm-up and the others follow it straight away, as the iterations of a harness such as JMH do: the
 * system is as warm for the later runs as for the first, and the warm-up is paid once.
 */
final class Runs {

	private Runs() {
	}

	/**
	 * Takes the mode's runs of a measurement.
	 * @param <E> what a run may throw
	 * @param mode how many runs
	 * @param order what the median is of, e.g. throughput
	 * @param warmUp the warm-up before the first run
	 * @param run one run, after the warm-up it is given
	 * @return the median run in that order, with the spread of all
	 * @throws E if a run fails
	 */
	static <E extends Exception> Measurement median(Mode mode, Comparator<Measurement> order, Duration warmUp,
			Run<E> run) throws E {
		List<Measurement> runs = new ArrayList<>();
		for (int i = 0; i < Math.max(1, mode.runs()); i++) {
			runs.add(run.measure((i == 0) ? warmUp : Duration.ZERO));
		}
		return Measurement.median(runs, order);
	}

	/**
	 * Takes the mode's runs of something that yields several figures, warm each time.
	 * @param <T> what a run gives
	 * @param <E> what a run may throw
	 * @param mode how many runs
	 * @param run one run
	 * @return every run's result, in order
	 * @throws E if a run fails
	 */
	static <T, E extends Exception> List<T> each(Mode mode, Repeated<T, E> run) throws E {
		List<T> results = new ArrayList<>();
		for (int i = 0; i < Math.max(1, mode.runs()); i++) {
			results.add(run.call());
		}
		return results;
	}

	/**
	 * The median of one figure of several runs, with its spread.
	 * @param <T> what a run gave
	 * @param runs the runs
	 * @param figure the figure of a run
	 * @param order what the median is of
	 * @return the median
	 */
	static <T> Measurement median(List<T> runs, Function<T, Measurement> figure, Comparator<Measurement> order) {
		return Measurement.median(runs.stream().map(figure).toList(), order);
	}

	/** The order of saturation runs: by throughput. */
	static Comparator<Measurement> byThroughput() {
		return Comparator.comparingDouble(Measurement::throughput);
	}

	/** The order of runs at a rate: by p99. */
	static Comparator<Measurement> byP99() {
		return Comparator.comparingDouble((Measurement measurement) -> measurement.latency().p99());
	}

	/**
	 * One run of something that yields several figures.
	 * @param <T> what it gives
	 * @param <E> what it may throw
	 */
	@FunctionalInterface
	interface Repeated<T, E extends Exception> {

		/**
		 * Runs once.
		 * @return what it gave
		 * @throws E if it fails
		 */
		T call() throws E;

	}

	/**
	 * One measured run.
	 * @param <E> what it may throw
	 */
	@FunctionalInterface
	interface Run<E extends Exception> {

		/**
		 * Measures once.
		 * @param warmUp how long to load the target before measuring, zero for the runs after the first
		 * @return the measurement
		 * @throws E if it fails
		 */
		Measurement measure(Duration warmUp) throws E;

	}

}
