package org.scibureau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.testapp.TestAppIntegrationTest;

/**
 * A service whose connection pool is exhausted answers 503 within the platform's acquire time limit instead of
 * holding the request until the database frees a connection.
 */
@TestAppIntegrationTest
class DatabaseUnavailableIntegrationTests {

	@Autowired
	ConnectionFactory connections;

	WebTestClient http;

	private final List<Connection> held = new ArrayList<>();

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@AfterEach
	void releaseConnections() {
		StepVerifier.create(Flux.fromIterable(this.held).flatMap(Connection::close))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void answersUnavailableSoonWhenNoConnectionIsFree() {
		exhaustThePool();
		Instant start = Instant.now();

		this.http.post()
			.uri("/api/testapp/things")
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().subject("someone").build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": \"Lamp\", \"size\": 1}")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:service-unavailable");

		// The platform's max-acquire-time is 2 s; without it the request would wait for as long as the pool is full.
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
	}

	/**
	 * Takes every connection of the pool, and keeps them until the test ends. It asks for all of them rather than
	 * for those free now: the outbox monitor borrows one every few hundred milliseconds, so a count of the free ones
	 * is stale at once, and an acquisition that finds the monitor's connection out waits for its return.
	 */
	private void exhaustThePool() {
		assertThat(this.connections).isInstanceOf(ConnectionPool.class);
		PoolMetrics metrics = ((ConnectionPool) this.connections).getMetrics().orElseThrow();
		int size = metrics.getMaxAllocatedSize();

		StepVerifier.create(Flux.range(0, size).flatMap((i) -> Mono.from(this.connections.create())).collectList())
			.consumeNextWith(this.held::addAll)
			.expectComplete()
			.verify(Duration.ofSeconds(30));
		assertThat(metrics.acquiredSize()).isEqualTo(size);
	}

}
