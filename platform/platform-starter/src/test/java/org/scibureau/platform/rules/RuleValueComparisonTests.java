package org.scibureau.platform.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored baseline is the configured default when their numbers are equal in value, whatever the number's type or
 * scale (the warning at start-up compared node types and fired on every start).
 */
class RuleValueComparisonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void numbersOfAnotherTypeOrScaleAreTheSameValue() {
		// A default of BigDecimals, as a money threshold or a split in percent is configured, against jsonb read back.
		JsonNode configured = this.json.valueToTree(Map.of("threshold", new BigDecimal("1000000.00"), "percents",
				List.of(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("20"))));
		JsonNode stored = this.json.readTree("{\"percents\": [40, 40, 20], \"threshold\": 1000000.00}");

		assertThat(configured).isNotEqualTo(stored);
		assertThat(RuleBook.sameValue(stored, configured)).isTrue();
		assertThat(RuleBook.sameValue(this.json.valueToTree(new BigDecimal("12.50")), this.json.valueToTree(12.5)))
			.isTrue();
	}

	@Test
	void anyOtherDifferenceIsADifferentValue() {
		JsonNode configured = this.json.readTree("{\"percents\": [40, 40, 20]}");

		assertThat(RuleBook.sameValue(this.json.readTree("{\"percents\": [40, 40, 21]}"), configured)).isFalse();
		assertThat(RuleBook.sameValue(this.json.readTree("{\"percents\": [40, 40]}"), configured)).isFalse();
		assertThat(RuleBook.sameValue(this.json.readTree("{\"percents\": [\"40\", 40, 20]}"), configured)).isFalse();
		assertThat(RuleBook.sameValue(this.json.readTree("{\"shares\": [40, 40, 20]}"), configured)).isFalse();
	}

}
