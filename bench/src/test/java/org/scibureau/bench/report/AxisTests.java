package org.scibureau.bench.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AxisTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			87     | 5 | 0 | 100  | 20
			100    | 5 | 0 | 100  | 20
			0.3    | 3 | 0 | 0.3  | 0.1
			9.8765 | 6 | 0 | 10   | 2
			4100   | 5 | 1 | 5000 | 1000
			3      | 8 | 1 | 3    | 1
			0      | 5 | 0 | 1    | 0.2
			NaN    | 5 | 0 | 1    | 0.2
			""")
	void reachesTheMaximumInRoundSteps(double max, int ticks, double minStep, double top, double step) {
		Axis axis = Axis.upTo(max, ticks, minStep);

		assertThat(axis.top()).isCloseTo(top, within(1e-9));
		assertThat(axis.step()).isCloseTo(step, within(1e-9));
	}

	@ParameterizedTest
	@CsvSource({ "-5, 0", "0, 0", "25, 0.25", "100, 1", "250, 1", "NaN, 0" })
	void placesValuesBetweenZeroAndTheTop(double value, double fraction) {
		Axis axis = new Axis(100, 20);

		assertThat(axis.fraction(value)).isEqualTo(fraction);
	}

	@ParameterizedTest
	@CsvSource({ "100, 20, 6", "0.3, 0.1, 4", "3, 1, 4" })
	void ticksFromZeroToTheTop(double top, double step, int count) {
		Axis axis = new Axis(top, step);

		assertThat(axis.ticks()).hasSize(count).first().isEqualTo(0.0);
		assertThat(axis.ticks().getLast()).isCloseTo(top, within(1e-9));
	}

}
