package org.scibureau.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scibureau.bench.Goal;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0         | 0
			0.0012345 | 0.00123
			0.35      | 0.35
			1.5       | 1.5
			2.0       | 2
			12.345    | 12.3
			999.4     | 999
			999.7     | 1000
			1234.5    | 1,235
			-3.14159  | -3.14
			NaN       | –
			Infinity  | –
			""")
	void writesFiguresToThreeSignificantDigits(double value, String written) {
		assertThat(Formats.figure(value)).isEqualTo(written);
	}

	@Test
	void writesASymbolNextToItsFigureAndAWordAfterASpace() {
		assertThat(Formats.withUnit(0.4237, "×")).isEqualTo("0.424×");
		assertThat(Formats.withUnit(1.5, "ms")).isEqualTo("1.5 ms");
		assertThat(Formats.withUnit(42, "")).isEqualTo("42");
		assertThat(Formats.withUnit(Double.NaN, "ms")).isEqualTo("–");
	}

	@Test
	void writesTheRangeOfSeveralRunsAndNoRangeForOne() {
		assertThat(Formats.range(3, 7_084.2, 7_412.9)).isEqualTo("7,084–7,413");
		assertThat(Formats.range(3, 9.81, 11.24)).isEqualTo("9.81–11.2");
		assertThat(Formats.range(1, 42, 42)).isEqualTo("–");
	}

	@Test
	void writesTheBoundOfAGoalWithItsDirection() {
		assertThat(Formats.bound(new Goal("ratio", 0.5, true, 0.35, "×"))).isEqualTo("≥ 0.35×");
		assertThat(Formats.bound(new Goal("added p99", 2, false, 1.5, "ms"))).isEqualTo("≤ 1.5 ms");
	}

}
