package org.scibureau.bench.report;

import java.util.List;

import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.report.Svg.Point;

/**
 * A chart of grouped horizontal bars: the p50, p90 and p99 latencies of each measurement of a scenario.
 */
final class LatencyChart {

	private static final List<String> PERCENTILES = List.of("p50", "p90", "p99");

	private static final int WIDTH = 720;

	private static final int LEGEND = 32;

	private static final int AXIS = 40;

	private static final int RIGHT = 24;

	private static final int BAR = 10;

	private static final int BAND = PERCENTILES.size() * BAR + 14;

	/** Labels longer than this many characters are cut; the bars' tooltips and the tables show them whole. */
	private static final int LABEL = 34;

	/** About how wide a character of the labels is, in pixels. */
	private static final double CHARACTER = 6.5;

	private static final String GRID = "#e3e3e3";

	private LatencyChart() {
	}

	/**
	 * Draws the chart.
	 * @param measurements the measurements, in order from the top
	 * @return the chart as SVG
	 */
	static String of(List<Measurement> measurements) {
		List<String> labels = measurements.stream().map(Formats::label).map(LatencyChart::cut).toList();
		int left = 16 + (int) (CHARACTER * labels.stream().mapToInt(String::length).max().orElse(0));
		Plot plot = new Plot(left, LEGEND, WIDTH - left - RIGHT, BAND * measurements.size());
		Axis axis = Axis.upTo(measurements.stream().mapToDouble(LatencyChart::highest).max().orElse(0), 6, 0);
		Svg svg = new Svg(WIDTH, (int) plot.bottom() + AXIS, "Latency percentiles per measurement, in ms");
		legend(svg, plot);
		axis(svg, plot, axis);
		for (int i = 0; i < measurements.size(); i++) {
			bars(svg, plot, axis, i, measurements.get(i));
		}
		return svg.toString();
	}

	private static void legend(Svg svg, Plot plot) {
		for (int i = 0; i < PERCENTILES.size(); i++) {
			double x = plot.left() + 64 * i;
			svg.rect(new Point(x, 10), 12, 12, Svg.color(i), null);
			svg.text(new Point(x + 16, 20), "start", PERCENTILES.get(i));
		}
	}

	private static void axis(Svg svg, Plot plot, Axis axis) {
		for (double tick : axis.ticks()) {
			Point bottom = plot.at(axis.fraction(tick), 0);
			svg.line(plot.at(axis.fraction(tick), 1), bottom, GRID);
			svg.text(new Point(bottom.x(), bottom.y() + 16), "middle", Formats.figure(tick));
		}
		svg.line(plot.at(0, 0), plot.at(0, 1), "#555555");
		svg.text(new Point(plot.left() + plot.width() / 2, plot.bottom() + AXIS - 6), "middle", "latency, ms");
	}

	private static void bars(Svg svg, Plot plot, Axis axis, int index, Measurement measurement) {
		double top = plot.top() + BAND * index;
		String label = Formats.label(measurement);
		svg.text(new Point(plot.left() - 8, top + BAND / 2.0 + 4), "end", cut(label));
		List<Double> values = percentiles(measurement.latency());
		for (int i = 0; i < values.size(); i++) {
			double value = values.get(i);
			String tooltip = label + ", " + PERCENTILES.get(i) + ": " + Formats.withUnit(value, "ms");
			svg.rect(new Point(plot.left(), top + 7 + BAR * i), plot.width() * axis.fraction(value), BAR - 1,
					Svg.color(i), tooltip);
		}
	}

	private static double highest(Measurement measurement) {
		return percentiles(measurement.latency()).stream().mapToDouble(Double::doubleValue).max().orElse(0);
	}

	private static List<Double> percentiles(Latency latency) {
		return List.of(latency.p50(), latency.p90(), latency.p99());
	}

	private static String cut(String label) {
		return (label.length() <= LABEL) ? label : label.substring(0, LABEL - 1) + "…";
	}

}
