package org.scibureau.bench;

import java.util.Comparator;
import java.util.List;

/**
 * One measured run: a load against one target, or one timed operation repeated. When a figure is the median of
 * several runs, it is that run, with the spread of all of them.
 *
 * @param name what was measured, e.g. {@code saturation} or {@code rate 500/s}
 * @param target what it ran against, e.g. {@code direct}, {@code gateway}, {@code nginx}
 * @param operations how many requests or operations completed
 * @param errors how many failed
 * @param seconds how long the measured part took (warm-up excluded)
 * @param throughput operations per second
 * @param latency the latency percentiles
 * @param perSecond operations completed in each second of the run, for the throughput chart
 * @param spread the range of throughput and p99 over the runs this one is the median of
 */
public record Measurement(String name, String target, long operations, long errors, double seconds,
		double throughput, Latency latency, List<Long> perSecond, Spread spread) {

	public Measurement {
		perSecond = List.copyOf(perSecond);
	}

	/**
	 * One run, the only one taken.
	 * @param name what was measured
	 * @param target what it ran against
	 * @param operations how many completed
	 * @param errors how many failed
	 * @param seconds how long the measured part took
	 * @param throughput operations per second
	 * @param latency the latency percentiles
	 * @param perSecond operations completed in each second
	 */
	public Measurement(String name, String target, long operations, long errors, double seconds, double throughput,
			Latency latency, List<Long> perSecond) {
		this(name, target, operations, errors, seconds, throughput, latency, perSecond,
				new Spread(1, throughput, throughput, latency.p99(), latency.p99()));
	}

	/**
	 * The median of runs.
	 * @param runs the runs, at least one
	 * @param order which figure the median is of, e.g. throughput
	 * @return the median run (the upper one of an even count), with the spread of all
	 */
	public static Measurement median(List<Measurement> runs, Comparator<Measurement> order) {
		List<Measurement> sorted = runs.stream().sorted(order).toList();
		Measurement median = sorted.get(sorted.size() / 2);
		Spread spread = new Spread(runs.size(), runs.stream().mapToDouble(Measurement::throughput).min().orElseThrow(),
				runs.stream().mapToDouble(Measurement::throughput).max().orElseThrow(),
				runs.stream().mapToDouble((run) -> run.latency().p99()).min().orElseThrow(),
				runs.stream().mapToDouble((run) -> run.latency().p99()).max().orElseThrow());
		return new Measurement(median.name(), median.target(), median.operations(), median.errors(),
				median.seconds(), median.throughput(), median.latency(), median.perSecond(), spread);
	}

	/**
	 * How much runs of the same measurement differed.
	 *
	 * @param runs how many runs were taken
	 * @param throughputLow the lowest throughput of a run
	 * @param throughputHigh the highest
	 * @param p99Low the lowest p99 of a run, in milliseconds
	 * @param p99High the highest
	 */
	public record Spread(int runs, double throughputLow, double throughputHigh, double p99Low, double p99High) {

	}

}
