package org.scibureau.bench;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of a measurement, in milliseconds.
 *
 * @param count how many latencies were recorded
 * @param mean their mean
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param p999 the 99.9th percentile
 * @param max the largest
 */
public record Latency(long count, double mean, double p50, double p90, double p99, double p999, double max) {

	/** No latency recorded. */
	public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0, 0);

	/**
	 * The percentiles of a histogram of latencies in microseconds.
	 * @param micros the histogram
	 * @return its percentiles in milliseconds
	 */
	public static Latency of(Histogram micros) {
		if (micros.getTotalCount() == 0) {
			return NONE;
		}
		return new Latency(micros.getTotalCount(), micros.getMean() / 1000.0, ms(micros, 50), ms(micros, 90),
				ms(micros, 99), ms(micros, 99.9), micros.getMaxValue() / 1000.0);
	}

	private static double ms(Histogram micros, double percentile) {
		return micros.getValueAtPercentile(percentile) / 1000.0;
	}

}
