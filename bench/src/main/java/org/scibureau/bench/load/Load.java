package org.scibureau.bench.load;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Measurement;

/** A load against one URI: saturation by closed loop, latency at a set rate by open loop. */
public interface Load {

	/**
	 * The load of a run's mode: the bench's own generator in smoke mode (the JVM only), else hey, a process of its
	 * own.
	 * @param context the run
	 * @param uri what every request GETs
	 * @param headers the headers of every request
	 * @return the load
	 * @throws IOException if hey is not installed and cannot be
	 */
	static Load of(BenchContext context, URI uri, Map<String, String> headers) throws IOException {
		return of(context, uri, headers, List.of());
	}

	/**
	 * The load of a run's mode, hey started under a command prefix.
	 * @param context the run
	 * @param uri what every request GETs
	 * @param headers the headers of every request
	 * @param prefix what runs hey, e.g. {@link CpuPinning#load()}
	 * @return the load
	 * @throws IOException if hey is not installed and cannot be
	 */
	static Load of(BenchContext context, URI uri, Map<String, String> headers, List<String> prefix)
			throws IOException {
		return context.mode().jvmOnly() ? new HttpLoad(uri, headers)
				: new HeyLoad(uri, headers, context.work(), prefix);
	}

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
