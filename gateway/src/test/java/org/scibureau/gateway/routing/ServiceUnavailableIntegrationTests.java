package org.scibureau.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.web.reactive.function.client.WebClient;

import org.scibureau.gateway.Downstream;
import org.scibureau.gateway.GatewayIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * talent-service listens nowhere; ip-service has a one-second time limit and the downstream answers
 * {@code /slow} paths only after {@link Downstream#SLOW}.
 */
class ServiceUnavailableIntegrationTests extends GatewayIntegrationTestSupport {

	/** The default time limit of a route; a dead service must be reported well before it. */
	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private CircuitBreakerRegistry circuitBreakers;

	@Test
	void answersADeadServiceWithAProblemNamingItBeforeAnyTimeout() {
		long start = System.nanoTime();

		ResponseSpec response = getWithToken("/api/talent/experts?limit=5", "en");

		response.expectStatus().isEqualTo(503)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().exists("X-Correlation-Id")
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:service-unavailable")
			.jsonPath("$.title").isEqualTo("Service unavailable")
			.jsonPath("$.status").isEqualTo(503)
			.jsonPath("$.detail").isEqualTo("talent-service is unavailable; retry later.")
			.jsonPath("$.instance").isEqualTo("/api/talent/experts")
			.jsonPath("$.service").isEqualTo("talent-service")
			.jsonPath("$.correlationId").isNotEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEFAULT_TIMEOUT.dividedBy(2));
	}

	@Test
	void answersADeadServiceForWritesToo() {
		ResponseSpec response = this.client.post()
			.uri(gateway("/api/talent/experts"))
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"Li Wei\"}")
			.exchange();

		response.expectStatus().isEqualTo(503).expectBody().jsonPath("$.service").isEqualTo("talent-service");
	}

	@Test
	void answersASlowServiceWith503OnceItsTimeLimitPasses() {
		String uri = "/api/ip/patents/" + UUID.randomUUID() + "/slow";
		long start = System.nanoTime();

		ResponseSpec response = getWithToken(uri, "en");

		response.expectStatus().isEqualTo(503)
			.expectBody()
			.jsonPath("$.service").isEqualTo("ip-service")
			.jsonPath("$.instance").isEqualTo(uri);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(elapsed).isGreaterThanOrEqualTo(IP_SERVICE_TIMEOUT).isLessThan(Downstream.SLOW);
		assertThat(downstream.requestsTo(uri)).hasSize(1);
	}

	@Test
	void aSlowServiceDoesNotHoldUpTheOthers() {
		WebClient web = WebClient.create();
		Mono<List<Integer>> slow = Flux.range(0, 20)
			.flatMap((call) -> web.get()
				.uri(gateway("/api/ip/patents/" + UUID.randomUUID() + "/slow"))
				.headers((headers) -> headers.setBearerAuth(token()))
				.exchangeToMono((answer) -> Mono.just(answer.statusCode().value())))
			.collectList()
			.cache();
		slow.subscribe();

		for (int call = 0; call < 5; call++) {
			long start = System.nanoTime();
			getWithToken("/api/plan/projects/" + UUID.randomUUID(), "en").expectStatus().isOk();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a plan-service call while ip-service hangs")
				.isLessThan(IP_SERVICE_TIMEOUT);
		}
		StepVerifier.create(slow)
			.assertNext((statuses) -> assertThat(statuses).hasSize(20).containsOnly(503))
			.verifyComplete();
		// Twenty timeouts open ip-service's breaker; the tests that share this context expect it closed.
		this.circuitBreakers.circuitBreaker("ip-service").reset();
	}

	@Test
	void servesManyConcurrentCallsToABusyServiceWithinItsTimeLimit() {
		WebClient web = WebClient.create();
		Mono<List<Integer>> busy = Flux.range(0, 60)
			.flatMap((call) -> web.get()
				.uri(gateway("/api/plan/projects/" + UUID.randomUUID() + "/busy"))
				.headers((headers) -> headers.setBearerAuth(token()))
				.exchangeToMono((answer) -> Mono.just(answer.statusCode().value())), 60)
			.collectList();

		StepVerifier.create(busy)
			.assertNext((statuses) -> assertThat(statuses).hasSize(60).containsOnly(200))
			.verifyComplete();
	}

	@Test
	void opensTheCircuitBreakerOfADeadServiceOnly() {
		getWithToken("/api/plan/projects/" + UUID.randomUUID(), "en").expectStatus().isOk();

		List<ResponseSpec> responses = IntStream.range(0, 12)
			.mapToObj((call) -> getWithToken("/api/talent/experts", "en"))
			.toList();

		responses.forEach((response) -> response.expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.service").isEqualTo("talent-service"));
		assertThat(this.circuitBreakers.find("talent-service")).get()
			.extracting(CircuitBreaker::getState).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(this.circuitBreakers.find("plan-service")).get()
			.extracting(CircuitBreaker::getState).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void answersInSimplifiedChineseWhenTheCallerPrefersIt() {
		ResponseSpec response = getWithToken("/api/talent/experts", "zh-CN,zh;q=0.9,en;q=0.8");

		response.expectStatus().isEqualTo(503)
			.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "zh-CN")
			.expectBody()
			.jsonPath("$.title").isEqualTo("服务暂不可用")
			.jsonPath("$.detail").isEqualTo("talent-service 暂时不可用，请稍后重试。")
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:service-unavailable");
	}

	@Test
	void answersInEnglishWhenTheCallerPrefersAnotherLanguage() {
		ResponseSpec response = getWithToken("/api/talent/experts", "fr-FR,en;q=0.5");

		response.expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.detail").isEqualTo("talent-service is unavailable; retry later.");
	}

	@Test
	void keepsTheCallersCorrelationIdInTheProblem() {
		ResponseSpec response = this.client.get()
			.uri(gateway("/api/talent/experts"))
			.headers((headers) -> headers.setBearerAuth(token()))
			.header("X-Correlation-Id", "dashboard-7")
			.exchange();

		response.expectStatus().isEqualTo(503)
			.expectHeader().valueEquals("X-Correlation-Id", "dashboard-7")
			.expectBody().jsonPath("$.correlationId").isEqualTo("dashboard-7");
	}

	private ResponseSpec getWithToken(String uri, String language) {
		return this.client.get()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange();
	}

}
