package org.scibureau.gateway.problem;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTests {

	private final ProblemResponses problems = new ProblemResponses(JsonMapper.builder().build());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			zh-CN                     | zh-CN
			zh-TW                     | zh-CN
			zh                        | zh-CN
			fr-FR,zh;q=0.5            | zh-CN
			en-US,zh-CN;q=0.9         | en
			de-DE                     | en
			*                         | en
			;;not a language range;;  | en
			""")
	void choosesChineseOnlyWhenTheCallerPrefersItToEnglish(String acceptLanguage, String expected) {
		Locale locale = ProblemResponses.locale(acceptLanguage);

		assertThat(locale.toLanguageTag()).isEqualTo(expected);
	}

	@Test
	void choosesEnglishWhenTheCallerStatesNoLanguage() {
		Locale locale = ProblemResponses.locale(null);

		assertThat(locale).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void namesTheUnavailableServiceInBothLanguages() {
		Problem problem = Problem.serviceUnavailable("plan-service");

		Map<String, Object> english = this.problems.body(problem, Locale.ENGLISH, "/api/plan/plans", "c-1");
		Map<String, Object> chinese = this.problems.body(problem, Locale.SIMPLIFIED_CHINESE, "/api/plan/plans", "c-1");

		assertThat(english).containsExactly(Map.entry("type", "urn:scibureau:problem:service-unavailable"),
				Map.entry("title", "Service unavailable"), Map.entry("status", 503),
				Map.entry("detail", "plan-service is unavailable; retry later."),
				Map.entry("instance", "/api/plan/plans"), Map.entry("correlationId", "c-1"),
				Map.entry("service", "plan-service"));
		assertThat(chinese).containsEntry("title", "服务暂不可用")
			.containsEntry("detail", "plan-service 暂时不可用，请稍后重试。");
	}

	@ParameterizedTest
	@EnumSource(ProblemType.class)
	void hasItsOwnTitleAndDetailInEachLanguage(ProblemType type) {
		Problem problem = Problem.of(type);

		Map<String, Object> english = this.problems.body(problem, Locale.ENGLISH, "/", null);
		Map<String, Object> chinese = this.problems.body(problem, Locale.SIMPLIFIED_CHINESE, "/", null);

		assertThat(english.get("title")).isNotEqualTo(chinese.get("title"));
		assertThat(english.get("detail")).isNotEqualTo(chinese.get("detail"));
		assertThat(english).containsEntry("type", "urn:scibureau:problem:" + type.slug())
			.containsEntry("status", type.status().value())
			.doesNotContainKey("correlationId");
	}

}
