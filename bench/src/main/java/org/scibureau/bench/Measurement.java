package org.scibureau.bench;

import java.util.List;

/**
 * One measured run: a load against one target, or one timed operation repeated.
 *
 * @param name what was measured, e.g. {@code saturation} or {@code rate 500/s}
 * @param target what it ran against, e.g. {@code direct}, {@code gateway}, {@code nginx}
 * @param operations how many requests or operations completed
 * @param errors how many failed
 * @param seconds how long the measured part took (warm-up excluded)
 * @param throughput operations per second
 * @param latency the latency percentiles
 * @param perSecond operations completed in each second of the run, for the throughput chart
 */
public record Measurement(String name, String target, long operations, long errors, double seconds,
		double throughput, Latency latency, List<Long> perSecond) {

	public Measurement {
		perSecond = List.copyOf(perSecond);
	}

}
