package org.scibureau.gateway.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import org.scibureau.gateway.GatewayIntegrationTestSupport;
import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.test.token.TokenAttack;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityIntegrationTests extends GatewayIntegrationTestSupport {

	/** A script's {@code src} or a stylesheet's {@code href} in a page. */
	private static final Pattern ASSET = Pattern
		.compile("<(?:script[^>]*\\bsrc|link[^>]*rel=\"stylesheet\"[^>]*\\bhref)=\"([^\"]+)\"");

	@Test
	void refusesARequestWithoutAToken() {
		String uri = "/api/plan/projects/" + UUID.randomUUID();

		ResponseSpec response = this.client.get().uri(gateway(uri)).exchange();

		response.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().exists("X-Correlation-Id")
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:unauthorized")
			.jsonPath("$.title").isEqualTo("Authentication required")
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.instance").isEqualTo(uri)
			.jsonPath("$.correlationId").isNotEmpty();
		assertThat(downstream.requestsTo(uri)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(TokenAttack.class)
	void refusesATokenItMustNotTrust(TokenAttack attack) {
		assertRefused(attack.token());
	}

	@Test
	void acceptsATokenThatExpiredWithinTheClockSkew() {
		String uri = "/api/plan/projects/" + UUID.randomUUID();

		ResponseSpec response = this.client.get()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(
					TestTokens.shared().token().expiresAt(Instant.now().minusSeconds(10)).build()))
			.exchange();

		response.expectStatus().isOk();
		assertThat(downstream.requestsTo(uri)).hasSize(1);
	}

	@Test
	void leavesRoleChecksToTheServices() {
		String uri = "/api/awards/nominations/" + UUID.randomUUID();

		ResponseSpec response = this.client.get()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().build()))
			.exchange();

		response.expectStatus().isOk();
		assertThat(downstream.requestsTo(uri)).hasSize(1);
	}

	@Test
	void refusesInSimplifiedChineseWhenTheCallerPrefersIt() {
		ResponseSpec response = this.client.get()
			.uri(gateway("/api/plan/projects"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.exchange();

		response.expectStatus().isUnauthorized()
			.expectBody()
			.jsonPath("$.title").isEqualTo("需要身份认证")
			.jsonPath("$.detail").isEqualTo("此请求需要有效的 Bearer 令牌。");
	}

	@Test
	void requiresATokenForWritesToPublicPaths() {
		String uri = "/api/plan/public/plans/" + UUID.randomUUID();

		ResponseSpec response = this.client.post()
			.uri(gateway(uri))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange();

		response.expectStatus().isUnauthorized();
		assertThat(downstream.requestsTo(uri)).isEmpty();
	}

	@Test
	void routesEachServicesApiDocsWithoutAToken() {
		ResponseSpec response = this.client.get().uri(gateway("/api/funding/api-docs")).exchange();

		response.expectStatus().isOk().expectBody().jsonPath("$.openapi").isEqualTo("3.1.0");
	}

	@Test
	void answersTheGatewaysHealthWithoutAToken() {
		ResponseSpec response = this.client.get().uri(gateway("/actuator/health")).exchange();

		response.expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components").doesNotExist();
	}

	@Test
	void answersTheGatewaysProbesWithoutAToken() {
		ResponseSpec response = this.client.get().uri(gateway("/actuator/health/readiness")).exchange();

		response.expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator/info",
			"/actuator/gateway/routes", "/actuator" })
	void exposesNoActuatorEndpointButHealth(String path) {
		ResponseSpec response = this.client.get()
			.uri(gateway(path))
			.headers((headers) -> headers.setBearerAuth(token()))
			.exchange();

		response.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:no-such-endpoint");
		assertThat(downstream.receivedAnyStartingWith("/actuator")).isFalse();
	}

	@Test
	void refusesAnEncodedPathTraversal() {
		String uri = "/api/plan/public/..%2F..%2Factuator%2Fprometheus";

		ResponseSpec response = this.client.get().uri(gateway(uri)).exchange();

		response.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:malformed-request");
		assertThat(downstream.receivedAnyStartingWith("/api/plan/public/..")).isFalse();
	}

	@Test
	void answersAPreflightFromTheDashboardOriginItself() {
		String uri = "/api/plan/projects/" + UUID.randomUUID();

		ResponseSpec response = preflight(uri, DASHBOARD_ORIGIN);

		response.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, DASHBOARD_ORIGIN)
			.expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("POST"))
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
		assertThat(downstream.requestsTo(uri)).isEmpty();
	}

	@Test
	void refusesAPreflightFromAnyOtherOrigin() {
		String uri = "/api/plan/projects/" + UUID.randomUUID();

		ResponseSpec response = preflight(uri, "https://evil.example");

		assertCrossOriginRefused(response, uri);
		assertThat(downstream.requestsTo(uri)).isEmpty();
	}

	@Test
	void refusesAPreflightFromTheDashboardForAMethodItMayNotUse() {
		String uri = "/api/plan/projects/" + UUID.randomUUID();

		ResponseSpec response = this.client.options()
			.uri(gateway(uri))
			.header(HttpHeaders.ORIGIN, DASHBOARD_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "TRACE")
			.exchange();

		assertCrossOriginRefused(response, uri);
		assertThat(downstream.requestsTo(uri)).isEmpty();
	}

	@Test
	void letsTheDashboardOriginReadResponses() {
		ResponseSpec response = this.client.get()
			.uri(gateway("/api/plan/public/plans"))
			.header(HttpHeaders.ORIGIN, DASHBOARD_ORIGIN)
			.exchange();

		response.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, DASHBOARD_ORIGIN)
			.expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> assertThat(exposed).contains("X-Correlation-Id"));
	}

	@Test
	void refusesSimpleRequestsFromAnyOtherOrigin() {
		String uri = "/api/plan/public/plans/" + UUID.randomUUID();

		ResponseSpec response = this.client.get()
			.uri(gateway(uri))
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.exchange();

		assertCrossOriginRefused(response, uri);
		assertThat(downstream.requestsTo(uri)).isEmpty();
	}

	private static void assertCrossOriginRefused(ResponseSpec response, String uri) {
		response.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader().exists("X-Correlation-Id")
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:cross-origin-refused")
			.jsonPath("$.title").isEqualTo("Cross-origin request refused")
			.jsonPath("$.status").isEqualTo(403)
			.jsonPath("$.instance").isEqualTo(uri)
			.jsonPath("$.correlationId").isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/plan/public/plans", "/api/plan/projects", "/api/payroll/public/salaries",
			"/actuator/health", "/api/funding/api-docs" })
	void hardensEveryApiResponseWithSecurityHeaders(String path) {
		ResponseSpec response = this.client.get().uri(gateway(path)).exchange();

		response.expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
			.expectHeader().value("Permissions-Policy", (policy) -> assertThat(policy)
				.contains("camera=()", "microphone=()", "geolocation=()"))
			.expectHeader().valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueEquals("X-Frame-Options", "DENY")
			.expectHeader().value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("no-store"));
	}

	@Test
	void letsTheSwaggerUiLoadOnlyItsOwnScriptsAndStyles() {
		ResponseSpec response = this.client.get().uri(gateway("/swagger-ui/index.html")).exchange();

		String page = response.expectStatus().isOk()
			.expectHeader().value("Content-Security-Policy", (policy) -> assertThat(policy)
				.contains("default-src 'none'", "script-src 'self';", "style-src 'self'", "connect-src 'self'",
						"frame-ancestors 'none'")
				.doesNotContain("unsafe-eval")
				.doesNotContainPattern("script-src [^;]*unsafe-inline"))
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(page).as("no inline script, which script-src 'self' would block")
			.doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
		List<String> assets = ASSET.matcher(page).results().map((match) -> match.group(1)).toList();
		assertThat(assets).contains("./swagger-ui-bundle.js", "./swagger-initializer.js", "./swagger-ui.css");
		assertThat(assets).allSatisfy((asset) -> {
			assertThat(asset).as("served by the gateway itself").doesNotContain("//");
			this.client.get().uri(gateway("/swagger-ui/" + asset.replaceFirst("^\\./", ""))).exchange()
				.expectStatus().isOk()
				.expectHeader().value("Content-Security-Policy",
						(policy) -> assertThat(policy).contains("script-src 'self'"));
		});
	}

	private ResponseSpec preflight(String uri, String origin) {
		return this.client.options()
			.uri(gateway(uri))
			.header(HttpHeaders.ORIGIN, origin)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key")
			.exchange();
	}

	private void assertRefused(String token) {
		String uri = "/api/plan/projects/" + UUID.randomUUID();

		ResponseSpec response = this.client.get()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();

		response.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:unauthorized")
			.jsonPath("$.detail").isEqualTo("A valid bearer token is required for this request.");
		assertThat(downstream.requestsTo(uri)).isEmpty();
	}

}
