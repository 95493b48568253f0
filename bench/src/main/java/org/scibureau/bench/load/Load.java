package org.scibureau.bench.load;

import java.time.Duration;

import org.scibureau.bench.Measurement;

/** A load against one URI: saturation by closed loop, latency at a set rate by open loop. */
public interface Load {

	/**
	 * Saturation: {@code callers} callers send back to back.
	 * @param name the measurement's name
	 * @param target what the requests reach
	 * @param callers how many at once
	 * @param warmUp how long to send before measuring
	 * @param duration how long to measure
	 * @return the measurement
	 */
	Measurement closedLoop(String name, String target, int callers, Duration warmUp, Duration duration);

	/**
	 * Latency at a rate.
	 * @param name the measurement's name
	 * @param target what the requests reach
	 * @param perSecond the rate
	 * @param warmUp how long to send before measuring
	 * @param duration how long to measure
	 * @return the measurement
	 */
	Measurement openLoop(String name, String target, double perSecond, Duration warmUp, Duration duration);

}
