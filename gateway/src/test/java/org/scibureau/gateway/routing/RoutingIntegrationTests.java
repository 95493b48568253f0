package org.scibureau.gateway.routing;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import org.scibureau.gateway.Downstream.Recorded;
import org.scibureau.gateway.GatewayIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIntegrationTests extends GatewayIntegrationTestSupport {

	private static final List<String> LIVE_SERVICES = List.of("plan", "funding", "ip", "awards");

	@Test
	void forwardsPathAndQueryUnchanged() {
		String uri = "/api/plan/projects/" + UUID.randomUUID() + "/a%20b?status=DRAFT&q=%E4%B8%AD&limit=5";

		ResponseSpec response = getWithToken(uri);

		response.expectStatus().isOk().expectBody().jsonPath("$.answeredBy").isEqualTo("downstream");
		assertThat(downstream.requestsTo(uri)).hasSize(1);
	}

	@Test
	void routesEachServicePrefixToItsService() {
		String id = UUID.randomUUID().toString();

		List<ResponseSpec> responses = LIVE_SERVICES.stream()
			.map((service) -> getWithToken("/api/" + service + "/items/" + id))
			.toList();

		responses.forEach((response) -> response.expectStatus().isOk());
		assertThat(LIVE_SERVICES)
			.allSatisfy((service) -> assertThat(downstream.requestsTo("/api/" + service + "/items/" + id)).hasSize(1));
	}

	@Test
	void keepsTheCallersHostSoServicesNameTheGatewayInTheirDocuments() {
		String uri = "/api/plan/api-docs?group=" + UUID.randomUUID();

		ResponseSpec response = this.client.get().uri(gateway(uri)).exchange();

		response.expectStatus().isOk();
		assertThat(downstream.requestsTo(uri).get(0).header(HttpHeaders.HOST)).isEqualTo(gateway("/").getAuthority());
	}

	@Test
	void forwardsAuthorizationAndCorrelationIdAndEchoesTheCorrelationId() {
		String uri = "/api/funding/allocations/" + UUID.randomUUID();
		String token = token();

		ResponseSpec response = this.client.get()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token))
			.header("X-Correlation-Id", "caller-42.a:b")
			.exchange();

		response.expectStatus().isOk().expectHeader().valueEquals("X-Correlation-Id", "caller-42.a:b");
		Recorded forwarded = downstream.requestsTo(uri).get(0);
		assertThat(forwarded.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
		assertThat(forwarded.header("X-Correlation-Id")).isEqualTo("caller-42.a:b");
	}

	@Test
	void replacesAnUnsafeCorrelationIdWithAFreshOneAndForwardsThat() {
		String uri = "/api/plan/projects/" + UUID.randomUUID();

		ResponseSpec response = this.client.get()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token()))
			.header("X-Correlation-Id", "two words;<script>")
			.exchange();

		String echoed = response.expectStatus().isOk().returnResult(String.class).getResponseHeaders()
			.getFirst("X-Correlation-Id");
		assertThat(echoed).isNotNull();
		assertThat(UUID.fromString(echoed)).hasToString(echoed);
		assertThat(downstream.requestsTo(uri).get(0).header("X-Correlation-Id")).isEqualTo(echoed);
	}

	@Test
	void createsACorrelationIdWhenTheCallerSendsNone() {
		String uri = "/api/plan/projects/" + UUID.randomUUID();

		ResponseSpec response = getWithToken(uri);

		String echoed = response.expectStatus().isOk().returnResult(String.class).getResponseHeaders()
			.getFirst("X-Correlation-Id");
		assertThat(echoed).isNotBlank();
		assertThat(downstream.requestsTo(uri).get(0).header("X-Correlation-Id")).isEqualTo(echoed);
	}

	@Test
	void routesPublicReadsWithoutAToken() {
		String uri = "/api/plan/public/plans/" + UUID.randomUUID();

		ResponseSpec response = this.client.get().uri(gateway(uri)).exchange();

		response.expectStatus().isOk();
		assertThat(downstream.requestsTo(uri)).singleElement()
			.satisfies((request) -> assertThat(request.header(HttpHeaders.AUTHORIZATION)).isNull());
	}

	@Test
	void forwardsRequestBodies() {
		String uri = "/api/plan/projects/" + UUID.randomUUID();
		String body = "{\"title\":\"Photonics\"}";

		ResponseSpec response = this.client.post()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();

		response.expectStatus().isOk();
		assertThat(downstream.requestsTo(uri)).singleElement()
			.satisfies((request) -> assertThat(request.bodyLength()).isEqualTo(body.length()));
	}

	@Test
	void passesTheServicesOwnErrorsThroughUnchanged() {
		String uri = "/api/plan/projects/" + UUID.randomUUID() + "/conflict";

		ResponseSpec response = getWithToken(uri);

		response.expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:illegal-state");
		assertThat(downstream.requestsTo(uri)).hasSize(1);
	}

	@Test
	void passesTheServicesOwnUnavailabilityThroughWithoutRetrying() {
		String uri = "/api/plan/projects/" + UUID.randomUUID() + "/unavailable";

		ResponseSpec response = getWithToken(uri);

		response.expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.detail").isEqualTo("database").jsonPath("$.service").doesNotExist();
		assertThat(downstream.requestsTo(uri)).hasSize(1);
	}

	@Test
	void answersAnUnknownServiceWithNoSuchEndpoint() {
		ResponseSpec response = getWithToken("/api/payroll/salaries");

		response.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:no-such-endpoint")
			.jsonPath("$.title").isEqualTo("No such endpoint")
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.instance").isEqualTo("/api/payroll/salaries")
			.jsonPath("$.correlationId").isNotEmpty();
		assertThat(downstream.receivedAnyStartingWith("/api/payroll")).isFalse();
	}

	@Test
	void answersPathsOutsideTheApiWithNoSuchEndpoint() {
		ResponseSpec response = this.client.get().uri(gateway("/plans")).exchange();

		response.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:no-such-endpoint");
	}

	@Test
	void doesNotAnswerTheFallbackPathDirectly() {
		ResponseSpec response = this.client.get().uri(gateway("/gateway/fallback")).exchange();

		response.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:no-such-endpoint");
	}

	@Test
	void retriesAReadWhoseConnectionFailed() {
		String uri = "/api/awards/flaky/" + UUID.randomUUID();

		ResponseSpec response = getWithToken(uri);

		response.expectStatus().isOk();
		assertThat(downstream.requestsTo(uri)).hasSize(2);
	}

	@Test
	void neverRetriesAWrite() {
		String uri = "/api/awards/flaky/" + UUID.randomUUID();

		ResponseSpec response = this.client.post()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange();

		response.expectStatus().isEqualTo(503).expectBody().jsonPath("$.service").isEqualTo("awards-service");
		assertThat(downstream.requestsTo(uri)).hasSize(1);
	}

	@Test
	void addsSecurityHeadersToRoutedResponses() {
		ResponseSpec response = getWithToken("/api/plan/projects/" + UUID.randomUUID());

		response.expectStatus().isOk()
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueEquals("X-Frame-Options", "DENY")
			.expectHeader().valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader().value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("no-store"));
	}

	private ResponseSpec getWithToken(String uri) {
		return this.client.get().uri(gateway(uri)).headers((headers) -> headers.setBearerAuth(token())).exchange();
	}

}
