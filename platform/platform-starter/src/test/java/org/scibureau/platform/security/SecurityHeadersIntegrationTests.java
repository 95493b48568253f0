package org.scibureau.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.testapp.TestAppIntegrationTest;

/**
 * Every response of a service carries the platform's security headers, problems and public reads alike.
 */
@TestAppIntegrationTest
class SecurityHeadersIntegrationTests {

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/testapp/things", "/api/testapp/api-docs", "/actuator/health", "/nowhere" })
	void hardensEveryResponse(String path) {
		WebTestClient.ResponseSpec response = this.http.get().uri(path).exchange();

		response.expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
			.expectHeader().valueEquals("Permissions-Policy", PlatformSecurity.PERMISSIONS_POLICY)
			.expectHeader().valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("no-store"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/swagger-ui.html", "/swagger-ui/index.html", "/api/testapp/swagger-ui.html",
			"/webjars/swagger-ui/index.html" })
	void letsTheSwaggerUiLoadItsOwnScriptsAndStyles(String path) {
		assertThat(ContentSecurityPolicyWriter.isSwaggerUi(path)).isTrue();
		assertThat(ContentSecurityPolicyWriter.SWAGGER_UI_POLICY).contains("script-src 'self';", "style-src 'self'")
			.doesNotContain("unsafe-eval");
	}

}
