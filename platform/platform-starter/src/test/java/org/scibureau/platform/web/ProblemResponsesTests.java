package org.scibureau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class ProblemResponsesTests {

	private static final String BUNDLE = "org/scibureau/platform/web/problems";

	private final ProblemResponses problems = new ProblemResponses(messages(), JsonMapper.builder().build());

	@ParameterizedTest
	@CsvSource({ "zh-CN, zh-CN", "zh, zh-CN", "'fr-FR, zh;q=0.8, en;q=0.5', zh-CN", "'en-GB, zh-CN;q=0.5', en",
			"de-DE, en", "*, en", "'@@ not a language range', en" })
	void answersInTheClosestSupportedLanguage(String acceptLanguage, String expected) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/plan/plans").header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage));

		assertThat(ProblemResponses.locale(exchange).toLanguageTag()).isEqualTo(expected);
	}

	@Test
	void answersInEnglishWithoutAnAcceptLanguage() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));

		assertThat(ProblemResponses.locale(exchange)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void buildsTheDocumentWithItsExtensionsAndErrors() {
		ProblemException problem = new ProblemException(ProblemType.ILLEGAL_STATE, "problem.illegal-state.action",
				new Object[] { "approve", "DRAFT" }, Map.of("currentState", "DRAFT", "status", 200),
				List.of(FieldViolation.of("title", "NotBlank"), FieldViolation.of("reason", "no-such-message")));

		Map<String, Object> body = this.problems.body(problem, Locale.ENGLISH, "/api/plan/plans/7/approval", "corr-9");

		assertThat(body).containsExactly(Map.entry("type", "urn:scibureau:problem:illegal-state"),
				Map.entry("title", "Action not allowed in the current state"), Map.entry("status", 409),
				Map.entry("detail", "Action 'approve' is not allowed while the resource is DRAFT; see allowedActions."),
				Map.entry("instance", "/api/plan/plans/7/approval"), Map.entry("correlationId", "corr-9"),
				Map.entry("currentState", "DRAFT"),
				Map.entry("errors", List.of(Map.of("field", "title", "code", "NotBlank", "message", "must not be blank"),
						Map.of("field", "reason", "code", "no-such-message", "message", "is invalid"))));
	}

	@Test
	void writesTheProblemAsTheResponse() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.put("/api/plan/plans/7").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"));
		exchange.getResponse().getHeaders().setETag("\"3\"");

		StepVerifier.create(this.problems.write(exchange, ProblemException.staleVersion(4)))
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getHeaders().getContentLanguage()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(exchange.getResponse().getHeaders().getETag()).as("a problem is no representation of the resource")
			.isNull();
		StepVerifier.create(exchange.getResponse().getBodyAsString())
			.assertNext((json) -> assertThat(json).contains("\"title\":\"版本已过期\"")
				.contains("\"currentETag\":\"\\\"4\\\"\""))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@ParameterizedTest
	@EnumSource(ProblemType.class)
	void titlesAndDescribesEveryProblemTypeInBothLanguages(ProblemType type) {
		for (Properties bundle : List.of(bundle(""), bundle("_zh_CN"))) {
			assertThat(bundle).containsKeys("problem." + type.slug() + ".title", "problem." + type.slug() + ".detail");
		}
	}

	@Test
	void translatesEveryMessage() {
		assertThat(bundle("_zh_CN").keySet()).isEqualTo(bundle("").keySet());
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(BUNDLE);
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.ENGLISH);
		return messages;
	}

	private static Properties bundle(String suffix) {
		Properties properties = new Properties();
		String resource = BUNDLE + suffix + ".properties";
		try (InputStream in = ProblemResponsesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
