package org.scibureau.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import org.scibureau.gateway.GatewayIntegrationTestSupport;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits through the running gateway, with limits of their own: the client {@code limited-client} may send 3
 * at once and then one every 10 seconds; {@code paced-client} 5 a second with a burst of 5; calls without a token
 * 2 at once per address, then one every 10 seconds. Each test's caller has a bucket of its own.
 */
class RateLimitIntegrationTests extends GatewayIntegrationTestSupport {

	@DynamicPropertySource
	static void limits(DynamicPropertyRegistry registry) {
		registry.add("scibureau.gateway.rate-limit.classes.tight.per-second", () -> "0.1");
		registry.add("scibureau.gateway.rate-limit.classes.tight.burst", () -> "3");
		registry.add("scibureau.gateway.rate-limit.classes.paced.per-second", () -> "5");
		registry.add("scibureau.gateway.rate-limit.classes.paced.burst", () -> "5");
		registry.add("scibureau.gateway.rate-limit.clients.limited-client", () -> "tight");
		registry.add("scibureau.gateway.rate-limit.clients.paced-client", () -> "paced");
		// A class of its own: the shared context's anonymous class is registered after this and would win.
		registry.add("scibureau.gateway.rate-limit.classes.tight-anonymous.per-second", () -> "0.1");
		registry.add("scibureau.gateway.rate-limit.classes.tight-anonymous.burst", () -> "2");
		registry.add("scibureau.gateway.rate-limit.anonymous-class", () -> "tight-anonymous");
	}

	@Test
	void letsABurstThroughThenAnswers429WithRetryAfter() {
		String token = token("limited-client");

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			statuses.add(get("/api/plan/plans", token).getStatus().value());
		}

		assertThat(statuses).containsExactly(200, 200, 200, 429);
		this.client.get().uri(gateway("/api/plan/plans"))
			.headers((headers) -> headers.setBearerAuth(token))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:too-many-requests")
			.jsonPath("$.status").isEqualTo(429)
			.jsonPath("$.detail").isEqualTo("You sent more than your limit of 0.1 requests a second; retry in 10 s.");
	}

	@Test
	void tellsACallerHowManyRequestsItHasLeft() {
		String token = token("limited-client");

		assertThat(List.of(remaining(get("/api/plan/plans", token)), remaining(get("/api/plan/plans", token))))
			.containsExactly("2", "1");
	}

	@Test
	void refusedRequestsNeverReachTheService() {
		String token = token("limited-client");
		String uri = "/api/funding/funds/" + UUID.randomUUID();

		for (int i = 0; i < 6; i++) {
			get(uri, token);
		}

		assertThat(downstream.requestsTo(uri)).hasSize(3);
	}

	@Test
	void limitsEachUserOfAClientAndEachClientOnItsOwn() {
		String first = token("limited-client");
		for (int i = 0; i < 3; i++) {
			get("/api/plan/plans", first);
		}

		assertThat(get("/api/plan/plans", first).getStatus().value()).isEqualTo(429);
		assertThat(get("/api/plan/plans", token("limited-client")).getStatus().value()).isEqualTo(200);
		assertThat(get("/api/plan/plans", token("another-client")).getStatus().value()).isEqualTo(200);
	}

	@Test
	void holdsAtTwiceTheConfiguredRate() {
		String token = token("paced-client");
		AtomicInteger through = new AtomicInteger();
		long started = System.nanoTime();

		// 10 a second for 3 seconds, twice the class's 5 a second.
		Flux<Long> ticks = Flux.interval(Duration.ofMillis(100), Schedulers.boundedElastic()).take(30);
		StepVerifier.create(ticks.doOnNext((tick) -> {
			if (get("/api/plan/plans", token).getStatus().value() == 200) {
				through.incrementAndGet();
			}
		})).expectNextCount(30).verifyComplete();

		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(through.get()).as("burst 5 plus 5 a second over %.1f s", seconds)
			.isGreaterThanOrEqualTo(5)
			.isLessThanOrEqualTo(5 + (int) Math.ceil(5 * seconds));
		assertThat(through.get()).as("some of the 30 were refused").isLessThan(30);
	}

	@Test
	void limitsPublicReadsWithoutATokenPerAddressButNotHealth() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			statuses.add(this.client.get().uri(gateway("/api/plan/public/plans")).exchange()
				.returnResult(byte[].class).getStatus().value());
		}

		assertThat(statuses).containsExactly(200, 200, 429);
		for (int i = 0; i < 5; i++) {
			this.client.get().uri(gateway("/actuator/health")).exchange().expectStatus().isOk();
		}
	}

	private EntityExchangeResult<byte[]> get(String uri, String token) {
		return this.client.get()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectBody()
			.returnResult();
	}

	private static String remaining(EntityExchangeResult<byte[]> result) {
		return result.getResponseHeaders().getFirst(RateLimitWebFilter.REMAINING);
	}

	/** A token of a user of the client, a user no other test uses. */
	private static String token(String clientId) {
		return TestTokens.shared().token().clientId(clientId).subject("user-" + UUID.randomUUID())
			.roles("plan-officer").jurisdiction("510100").build();
	}

}
