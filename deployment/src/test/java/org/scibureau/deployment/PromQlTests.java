package org.scibureau.deployment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PromQlTests {

	@Test
	void namesTheMetricsButNotFunctionsLabelsOrDurations() {
		String expression = """
				histogram_quantile(0.99, sum by (application, le) (rate(http_server_requests_seconds_bucket{uri!~"/x.*", status=~"5.."}[5m])))
				  / on (application) group_left max without (instance) (up offset 1h) > 1e3
				""";

		assertThat(PromQl.metricNames(expression)).containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "up");
	}

	@Test
	void namesEveryOperandOfABinaryExpression() {
		String expression = "max by (application) (a_total) > 100 and max by (application) (deriv(b_bytes[10m])) > 0";

		assertThat(PromQl.metricNames(expression)).containsExactly("a_total", "b_bytes");
	}

	@Test
	void ignoresGrafanaVariables() {
		String expression = "sum by (uri) (rate(c_total{application=~\"$application\"}[$__rate_interval]))";

		assertThat(PromQl.metricNames(expression)).containsExactly("c_total");
	}

	@Test
	void readsTheMetricOfALabelValuesVariable() {
		assertThat(PromQl.variableMetricNames("label_values(jvm_memory_used_bytes, application)"))
			.containsExactly("jvm_memory_used_bytes");
	}

	@Test
	void rejectsUnbalancedExpressions() {
		assertThatIllegalArgumentException().isThrownBy(() -> PromQl.metricNames("sum(rate(x_total[5m])"))
			.withMessageContaining("Unclosed");
	}

}
