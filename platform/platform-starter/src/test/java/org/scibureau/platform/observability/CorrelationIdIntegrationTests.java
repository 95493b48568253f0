package org.scibureau.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.testapp.TestAppIntegrationTest;

@TestAppIntegrationTest
class CorrelationIdIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> PROBLEM = new ParameterizedTypeReference<>() {
	};

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void acceptsAndEchoesTheCallersCorrelationIdAndPutsItInTheReactorContext() {
		this.http.get()
			.uri("/api/testapp/correlation")
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().subject("alice").build()))
			.header(CorrelationId.HEADER, "req-2026.05:abc_1")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(CorrelationId.HEADER, "req-2026.05:abc_1")
			.expectBody()
			.jsonPath("$.correlationId").isEqualTo("req-2026.05:abc_1")
			.jsonPath("$.subject").isEqualTo("alice");
	}

	@Test
	void generatesACorrelationIdWhenTheCallerSendsNone() {
		String generated = this.http.get()
			.uri("/api/testapp/correlation")
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().build()))
			.exchange()
			.expectStatus().isOk()
			.expectBody().returnResult()
			.getResponseHeaders()
			.getFirst(CorrelationId.HEADER);

		assertThat(UUID.fromString(generated)).isNotNull();
	}

	@Test
	void replacesACorrelationIdThatIsUnsafeToEcho() {
		for (String unsafe : new String[] { "two words", "x".repeat(65), "line\tbreak", "<script>" }) {
			String answered = this.http.get()
				.uri("/api/testapp/correlation")
				.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().build()))
				.header(CorrelationId.HEADER, unsafe)
				.exchange()
				.expectStatus().isOk()
				.expectBody().returnResult()
				.getResponseHeaders()
				.getFirst(CorrelationId.HEADER);

			assertThat(answered).isNotEqualTo(unsafe);
			assertThat(UUID.fromString(answered)).isNotNull();
		}
	}

	@Test
	void putsTheCorrelationIdOfARefusedRequestInItsProblemDocument() {
		EntityExchangeResult<Map<String, Object>> refused = this.http.get()
			.uri("/api/testapp/correlation")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectBody(PROBLEM)
			.returnResult();

		assertThat(refused.getResponseBody()).containsEntry("correlationId",
				refused.getResponseHeaders().getFirst(CorrelationId.HEADER));
		this.http.get()
			.uri("/api/testapp/correlation")
			.header(CorrelationId.HEADER, "refused-1")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(CorrelationId.HEADER, "refused-1")
			.expectBody().jsonPath("$.correlationId").isEqualTo("refused-1");
	}

}
