package org.scibureau.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.testapp.Gate;
import org.scibureau.platform.testapp.TestAppIntegrationTest;

@TestAppIntegrationTest
class IdempotencyIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	DatabaseClient database;

	@Autowired
	Gate gate;

	WebTestClient http;

	WebClient client;

	@LocalServerPort
	void bindClients(int port) {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(TIMEOUT).build();
		this.client = WebClient.create("http://localhost:" + port);
	}

	@Test
	void answersARepeatedRequestWithTheFirstResponse() {
		String key = UUID.randomUUID().toString();
		String name = uniqueName();

		EntityExchangeResult<Map<String, Object>> first = create("/api/testapp/things", "alice", key, thing(name))
			.expectStatus().isCreated()
			.expectHeader().doesNotExist(IdempotencyWebFilter.REPLAYED)
			.expectBody(JSON).returnResult();
		EntityExchangeResult<Map<String, Object>> again = create("/api/testapp/things", "alice", key, thing(name))
			.expectStatus().isCreated()
			.expectHeader().valueEquals(IdempotencyWebFilter.REPLAYED, "true")
			.expectHeader().contentType(MediaType.APPLICATION_JSON)
			.expectBody(JSON).returnResult();

		assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(again.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
		assertThat(again.getResponseHeaders().getETag()).isEqualTo(first.getResponseHeaders().getETag());
		assertCreated(name, 1);
	}

	@Test
	void storesTheAnswerBeforeTheClientHasIt() {
		for (int i = 0; i < 20; i++) {
			String key = UUID.randomUUID().toString();

			create("/api/testapp/things", "alice", key, thing(uniqueName())).expectStatus().isCreated();

			StepVerifier.create(this.database.sql("""
					select state from platform.idempotency_key where caller = :caller and idempotency_key = :key""")
				.bind("caller", "alice")
				.bind("key", key)
				.map((row) -> row.get("state", String.class))
				.one()).expectNext("COMPLETED").expectComplete().verify(TIMEOUT);
		}
	}

	@Test
	void replaysARefusalRaisedWhileHandlingTheFirstRequest() {
		String key = UUID.randomUUID().toString();
		String invalid = "{\"name\": \"\", \"size\": 3}";

		EntityExchangeResult<Map<String, Object>> first = create("/api/testapp/things", "alice", key, invalid)
			.expectStatus().isBadRequest()
			.expectHeader().doesNotExist(IdempotencyWebFilter.REPLAYED)
			.expectBody(JSON).returnResult();
		EntityExchangeResult<Map<String, Object>> again = create("/api/testapp/things", "alice", key, invalid)
			.expectStatus().isBadRequest()
			.expectHeader().valueEquals(IdempotencyWebFilter.REPLAYED, "true")
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JSON).returnResult();

		assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(first.getResponseBody()).containsEntry("type", "urn:scibureau:problem:validation");
	}

	@Test
	void refusesTheSameKeyWithAnotherRequest() {
		String key = UUID.randomUUID().toString();
		String name = uniqueName();
		create("/api/testapp/things", "alice", key, thing(name)).expectStatus().isCreated();

		create("/api/testapp/things", "alice", key, thing(name + "-2")).expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:idempotency-key-reused");
		assertCreated(name + "-2", 0);
	}

	@Test
	void answersConflictWhileTheFirstRequestIsStillInProgress() {
		String key = UUID.randomUUID().toString();
		String name = uniqueName();
		CompletableFuture<ResponseEntity<String>> first = this.client.post()
			.uri("/api/testapp/slow-things")
			.headers((headers) -> {
				headers.setBearerAuth(token("alice"));
				headers.set(IdempotencyWebFilter.HEADER, key);
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(thing(name))
			.retrieve()
			.toEntity(String.class)
			.toFuture();
		await().atMost(TIMEOUT).until(() -> this.gate.isWaiting(name));

		create("/api/testapp/slow-things", "alice", key, thing(name)).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:conflict")
			.jsonPath("$.detail").isEqualTo("A request with this Idempotency-Key is still being processed; retry later.");
		this.gate.open(name);

		StepVerifier.create(Mono.fromFuture(first))
			.assertNext((response) -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED))
			.expectComplete()
			.verify(TIMEOUT);
		create("/api/testapp/slow-things", "alice", key, thing(name)).expectStatus().isCreated()
			.expectHeader().valueEquals(IdempotencyWebFilter.REPLAYED, "true");
		assertCreated(name, 1);
	}

	@Test
	void releasesTheKeyWhenTheFirstRequestFailsOnOurSide() {
		String key = UUID.randomUUID().toString();
		String name = uniqueName();

		create("/api/testapp/flaky-things", "alice", key, thing(name)).expectStatus()
			.isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		create("/api/testapp/flaky-things", "alice", key, thing(name)).expectStatus().isCreated()
			.expectHeader().doesNotExist(IdempotencyWebFilter.REPLAYED);

		assertCreated(name, 1);
	}

	@Test
	void keepsTheKeysOfEachCallerApart() {
		String key = UUID.randomUUID().toString();
		String name = uniqueName();

		create("/api/testapp/things", "alice", key, thing(name)).expectStatus().isCreated();
		create("/api/testapp/things", "bob", key, thing(name + "-bob")).expectStatus().isCreated()
			.expectHeader().doesNotExist(IdempotencyWebFilter.REPLAYED);
		create("/api/testapp/things", "carol", key, thing(name)).expectStatus().isCreated()
			.expectHeader().doesNotExist(IdempotencyWebFilter.REPLAYED);

		assertCreated(name, 2);
		assertCreated(name + "-bob", 1);
	}

	@Test
	void neverClaimsAKeyForARequestSecurityRefused() {
		String key = UUID.randomUUID().toString();
		String name = uniqueName();
		String applicant = TestTokens.shared().token().subject("dave").roles("applicant").build();
		String officer = TestTokens.shared().token().subject("dave").roles("plan-officer").build();

		officerThing(applicant, key, thing(name)).expectStatus().isForbidden();
		officerThing(officer, key, thing(name)).expectStatus().isCreated()
			.expectHeader().doesNotExist(IdempotencyWebFilter.REPLAYED);

		assertCreated(name, 1);
	}

	@Test
	void rejectsAMalformedKey() {
		for (String malformed : new String[] { "two words", "x".repeat(256), "" }) {
			create("/api/testapp/things", "alice", malformed, thing(uniqueName())).expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.type").isEqualTo("urn:scibureau:problem:validation")
				.jsonPath("$.errors[0].field").isEqualTo(IdempotencyWebFilter.HEADER)
				.jsonPath("$.errors[0].code").isEqualTo("invalid-idempotency-key")
				.jsonPath("$.errors[0].message").isEqualTo("must be 1 to 255 visible ASCII characters");
		}
	}

	@Test
	void refusesAnOversizedChunkedBodyInsteadOfBufferingItForTheKey() {
		String oversized = "x".repeat(20 * 1024);

		this.http.post()
			.uri("/api/testapp/pings")
			.headers((headers) -> {
				headers.setBearerAuth(token("alice"));
				headers.set(IdempotencyWebFilter.HEADER, UUID.randomUUID().toString());
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromDataBuffers(chunked(oversized)))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:payload-too-large");
		this.http.post()
			.uri("/api/testapp/pings")
			.headers((headers) -> headers.setBearerAuth(token("alice")))
			.contentType(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromDataBuffers(chunked(oversized)))
			.exchange()
			.expectStatus().isCreated();
	}

	private WebTestClient.ResponseSpec create(String path, String subject, String key, String body) {
		return this.http.post()
			.uri(path)
			.headers((headers) -> {
				headers.setBearerAuth(token(subject));
				headers.set(IdempotencyWebFilter.HEADER, key);
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec officerThing(String token, String key, String body) {
		return this.http.post()
			.uri("/api/testapp/officer/things")
			.headers((headers) -> {
				headers.setBearerAuth(token);
				headers.set(IdempotencyWebFilter.HEADER, key);
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private void assertCreated(String name, long count) {
		StepVerifier.create(this.database.sql("select count(*) as n from thing where name = :name")
			.bind("name", name)
			.map((row) -> row.get("n", Long.class))
			.one()).expectNext(count).expectComplete().verify(TIMEOUT);
	}

	private static String thing(String name) {
		return "{\"name\": \"" + name + "\", \"size\": 3}";
	}

	private static String uniqueName() {
		return "t-" + UUID.randomUUID().toString().substring(0, 13);
	}

	private static String token(String subject) {
		return TestTokens.shared().token().subject(subject).build();
	}

	private static Flux<DataBuffer> chunked(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		int chunk = 4096;
		return Flux.range(0, (bytes.length + chunk - 1) / chunk)
			.map((index) -> DefaultDataBufferFactory.sharedInstance
				.wrap(Arrays.copyOfRange(bytes, index * chunk, Math.min(bytes.length, (index + 1) * chunk))));
	}

}
