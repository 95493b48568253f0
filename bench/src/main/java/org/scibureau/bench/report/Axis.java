package org.scibureau.bench.report;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A linear axis of a chart from zero to a round top, ticked at a round step: 1, 2 or 5 times a power of ten.
 *
 * @param top the largest value it shows
 * @param step the distance between ticks
 */
record Axis(double top, double step) {

	/** Slack for the rounding of {@code max / step}, so that 0.3 / 0.1 makes 3 steps, not 4. */
	private static final double SLACK = 1e-9;

	/**
	 * An axis that shows values up to a maximum.
	 * @param max the largest value to show; none or not a number gives an axis up to 1
	 * @param ticks about how many steps to make
	 * @param minStep the smallest step, such as 1 for counts
	 * @return the axis
	 */
	static Axis upTo(double max, int ticks, double minStep) {
		double span = (Double.isFinite(max) && max > 0) ? max : 1;
		double raw = span / ticks;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = Math.max(minStep, magnitude * round(raw / magnitude));
		return new Axis(step * Math.ceil(span / step - SLACK), step);
	}

	/** The values at its ticks, from zero to its top. */
	List<Double> ticks() {
		long steps = Math.round(this.top / this.step);
		return IntStream.rangeClosed(0, (int) steps).mapToObj((i) -> i * this.step).toList();
	}

	/**
	 * Where a value lies on the axis.
	 * @param value the value
	 * @return its fraction of the top, between 0 and 1
	 */
	double fraction(double value) {
		return Double.isFinite(value) ? Math.clamp(value / this.top, 0, 1) : 0;
	}

	private static double round(double fraction) {
		if (fraction <= 1) {
			return 1;
		}
		return (fraction <= 2) ? 2 : (fraction <= 5) ? 5 : 10;
	}

}
