package org.scibureau.bench.report;

import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.util.DoubleComparator;
import org.junit.jupiter.api.Test;
import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTests {

	private static final Pattern BAR_START = Pattern.compile("<rect x=\"([\\d.]+)\"[^>]*><title>");

	private static final Pattern BAR_WIDTH = Pattern.compile("<rect [^>]*width=\"([\\d.]+)\"[^>]*><title>");

	private static final Pattern GRID_LINE = Pattern.compile("<line x1=\"([\\d.]+)\"[^>]*stroke=\"#e3e3e3\"/>");

	@Test
	void drawsThreePercentileBarsPerMeasurement() {
		String svg = LatencyChart.of(List.of(BenchRunFixture.direct(), BenchRunFixture.gateway()));

		assertThat(count(svg, "<rect ")).isEqualTo(3 + 2 * 3);
		assertThat(svg).contains("<title>gateway · saturation, p99: 9.88 ms</title>")
			.contains(">direct · saturation</text>")
			.contains(">p50</text>", ">p90</text>", ">p99</text>");
	}

	@Test
	void drawsBarsInProportionToTheAxis() {
		Measurement measurement = new Measurement("rate", "direct", 1, 0, 1, 1, new Latency(1, 5, 5, 7.5, 10, 10, 10),
				List.of());

		String svg = LatencyChart.of(List.of(measurement));

		double zero = numbers(svg, BAR_START).getFirst();
		double top = numbers(svg, GRID_LINE).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		assertThat(numbers(svg, BAR_WIDTH)).usingElementComparator(new DoubleComparator(0.1))
			.containsExactly((top - zero) * 0.5, (top - zero) * 0.75, top - zero);
		assertThat(svg).contains(">10</text>").doesNotContain(">12</text>");
	}

	@Test
	void drawsALinePerMeasurementWithItsLegend() {
		String svg = ThroughputChart.of(List.of(BenchRunFixture.direct(), BenchRunFixture.gateway()));

		assertThat(count(svg, "<polyline ")).isEqualTo(2);
		assertThat(svg).contains("<title>direct · saturation</title>")
			.contains(">gateway · saturation</text>")
			.contains(">ops/s</text>", ">second of the run</text>", ">5,000</text>");
	}

	@Test
	void drawsARunOfOneSecondAsADot() {
		Measurement oneSecond = new Measurement("rate", "direct", 10, 0, 1, 10, Latency.NONE, List.of(10L));

		String svg = ThroughputChart.of(List.of(oneSecond));

		assertThat(count(svg, "<polyline ")).isZero();
		assertThat(count(svg, "<circle ")).isEqualTo(1);
	}

	private static List<Double> numbers(String svg, Pattern pattern) {
		return pattern.matcher(svg).results().map((match) -> Double.valueOf(match.group(1))).toList();
	}

	private static long count(String svg, String element) {
		return Pattern.compile(Pattern.quote(element)).matcher(svg).results().count();
	}

}
