package org.scibureau.platform.test.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.test.token.TokenAttack;

/**
 * What every service promises operators and callers, checked the same way in each: readiness on its database
 * with Kafka and the outbox as health details, Prometheus metrics, its OpenAPI under its own prefix, problem
 * documents for unauthenticated calls, and 401 for every token it must not trust ({@link TokenAttack}).
 * <p>
 * A service extends it with its own annotations:
 *
 * <pre class="code">
 * &#64;SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * &#64;RealInfrastructure(database = "talent")
 * class TalentServiceConventionsTests extends ServiceConventionsTests {
 *     TalentServiceConventionsTests() { super("talent"); }
 * }
 * </pre>
 */
public abstract class ServiceConventionsTests {

	private final String service;

	/** The client bound to the running service. */
	protected WebTestClient http;

	/** @param service the service's API prefix, e.g. {@code talent} for {@code /api/talent} */
	protected ServiceConventionsTests(String service) {
		this.service = service;
	}

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			// The Prometheus page, with request histograms, is larger than the default 256 KB.
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	@Test
	void isReadyOnItsDatabaseAndReportsKafkaAndTheOutboxAsDetails() {
		this.http.get().uri("/actuator/health/readiness").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
		this.http.get().uri("/actuator/health").exchange()
			.expectBody()
			.jsonPath("$.components.r2dbc.status").isEqualTo("UP")
			.jsonPath("$.components.outbox.status").isEqualTo("UP")
			.jsonPath("$.components.outbox.details.backlog").isNumber()
			.jsonPath("$.components.kafka.status").exists();
	}

	@Test
	void servesPrometheusMetricsWithTheOutboxGauges() {
		this.http.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics)
				.contains("scibureau_outbox_backlog")
				.contains("application=\"" + this.service + "-service\""));
	}

	@Test
	void publishesItsOpenApiUnderItsOwnPrefixWithoutAToken() {
		this.http.get().uri("/api/{service}/api-docs", this.service).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.openapi").exists();
	}

	@Test
	void documentsTheTokenAndTheProblemsOfEveryOperationAndNoParameterTheCallerCannotSend() {
		this.http.get().uri("/api/{service}/api-docs", this.service).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.info.title").isEqualTo("scibureau " + this.service + "-service")
			.jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer")
			.jsonPath("$.components.schemas.Problem.required").value((List<String> required) -> assertThat(required)
				.containsExactly("type", "title", "status"))
			.jsonPath("$.paths.*.*.responses.401.content['application/problem+json'].schema.$ref")
			.value((List<String> references) -> assertThat(references).isNotEmpty()
				.allMatch("#/components/schemas/Problem"::equals))
			.jsonPath("$.paths.*.*.responses.401").value((List<Object> refusals) -> assertThat(refusals).hasSize(
					operations()))
			.jsonPath("$.paths.*.*.parameters[?(@.name == 'caller')]").isEmpty()
			.jsonPath("$.components.schemas.Caller").doesNotExist();
	}

	private int operations() {
		return this.http.get().uri("/api/{service}/api-docs", this.service).exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.split("\"operationId\"", -1).length - 1;
	}

	@Test
	void answersCallsWithoutATokenWithAProblem() {
		this.http.get().uri("/api/{service}/anything", this.service).exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:unauthorized");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(TokenAttack.class)
	void refusesATokenItMustNotTrust(TokenAttack attack) {
		this.http.get().uri("/api/{service}/no-such-thing", this.service)
			.headers((headers) -> headers.setBearerAuth(attack.token()))
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:unauthorized");
	}

	@Test
	void acceptsATokenThatExpiredWithinTheClockSkew() {
		this.http.get().uri("/api/{service}/no-such-thing", this.service)
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().roles("bureau-admin")
				.expiresAt(Instant.now().minusSeconds(10)).build()))
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void answersAnUnknownPathOfAnAuthenticatedCallerWithAProblem() {
		this.http.get().uri("/api/{service}/no-such-thing", this.service)
			.headers((headers) -> headers.setBearerAuth(
					TestTokens.shared().token().roles("bureau-admin").build()))
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:no-such-endpoint");
	}

}
