package org.scibureau.platform.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.testapp.TestApplication;

/**
 * A service whose token issuer cannot be reached answers 503, not 401: the caller's token may be fine, and telling it
 * to authenticate again would only repeat the failure.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/oauth2/jwks")
@RealInfrastructure(database = "starter_issuer_outage")
class IssuerOutageIntegrationTests {

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void answersServiceUnavailableWhileTheIssuersKeysCannotBeFetched() {
		this.http.get()
			.uri("/api/testapp/things")
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().roles("bureau-admin").build()))
			.exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:service-unavailable");
	}

	@Test
	void stillRefusesARequestWithoutATokenWith401() {
		this.http.get().uri("/api/testapp/things").exchange().expectStatus().isUnauthorized();
	}

}
