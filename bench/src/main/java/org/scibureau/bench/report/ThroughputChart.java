package org.scibureau.bench.report;

import java.util.List;
import java.util.stream.IntStream;

import org.scibureau.bench.Measurement;
import org.scibureau.bench.report.Svg.Point;

/**
 * A line chart of the operations completed in each second of the run, one line per measurement of a scenario.
 */
final class ThroughputChart {

	private static final int WIDTH = 720;

	private static final int LEFT = 64;

	private static final int RIGHT = 24;

	private static final int TOP = 28;

	private static final int HEIGHT = 220;

	private static final int AXIS = 44;

	private static final int LEGEND_LINE = 18;

	/** Series of at most this many seconds also get a dot per second, so that short runs show their points. */
	private static final int DOTS = 60;

	private static final String GRID = "#e3e3e3";

	private static final String INK = "#555555";

	private ThroughputChart() {
	}

	/**
	 * Draws the chart.
	 * @param measurements the measurements, each a line of its {@link Measurement#perSecond()}
	 * @return the chart as SVG
	 */
	static String of(List<Measurement> measurements) {
		Plot plot = new Plot(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT);
		int seconds = measurements.stream().mapToInt((measurement) -> measurement.perSecond().size()).max().orElse(0);
		Axis x = Axis.upTo(seconds, 8, 1);
		Axis y = Axis.upTo(measurements.stream().mapToDouble(ThroughputChart::highest).max().orElse(0), 5, 1);
		int height = TOP + HEIGHT + AXIS + LEGEND_LINE * measurements.size();
		Svg svg = new Svg(WIDTH, height, "Throughput in each second of the run, in operations per second");
		axes(svg, plot, x, y);
		for (int i = 0; i < measurements.size(); i++) {
			series(svg, plot, x, y, measurements.get(i), Svg.color(i));
			legend(svg, plot.bottom() + AXIS + LEGEND_LINE * i, measurements.get(i), Svg.color(i));
		}
		return svg.toString();
	}

	private static void axes(Svg svg, Plot plot, Axis x, Axis y) {
		for (double tick : y.ticks()) {
			Point start = plot.at(0, y.fraction(tick));
			svg.line(start, plot.at(1, y.fraction(tick)), GRID);
			svg.text(new Point(start.x() - 6, start.y() + 4), "end", Formats.figure(tick));
		}
		for (double tick : x.ticks()) {
			Point bottom = plot.at(x.fraction(tick), 0);
			svg.line(bottom, new Point(bottom.x(), bottom.y() + 4), INK);
			svg.text(new Point(bottom.x(), bottom.y() + 18), "middle", Formats.figure(tick));
		}
		svg.line(plot.at(0, 0), plot.at(0, 1), INK);
		svg.line(plot.at(0, 0), plot.at(1, 0), INK);
		svg.text(new Point(plot.left(), TOP - 12), "middle", "ops/s");
		svg.text(new Point(plot.left() + plot.width() / 2, plot.bottom() + 36), "middle", "second of the run");
	}

	private static void series(Svg svg, Plot plot, Axis x, Axis y, Measurement measurement, String color) {
		List<Long> counts = measurement.perSecond();
		List<Point> points = IntStream.range(0, counts.size())
			.mapToObj((i) -> plot.at(x.fraction(i + 1), y.fraction(counts.get(i))))
			.toList();
		if (points.size() > 1) {
			svg.polyline(points, color, Formats.label(measurement));
		}
		if (points.size() <= DOTS) {
			points.forEach((point) -> svg.circle(point, 2.5, color));
		}
	}

	private static void legend(Svg svg, double top, Measurement measurement, String color) {
		svg.rect(new Point(LEFT, top + 7), 24, 3, color, null);
		String label = Formats.label(measurement);
		String text = measurement.perSecond().isEmpty() ? label + " (no data)" : label;
		svg.text(new Point(LEFT + 32, top + 12), "start", text);
	}

	private static double highest(Measurement measurement) {
		return measurement.perSecond().stream().mapToLong(Long::longValue).max().orElse(0);
	}

}
