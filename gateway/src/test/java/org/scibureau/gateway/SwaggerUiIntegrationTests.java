package org.scibureau.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

class SwaggerUiIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void listsEveryServicesOpenApiDocument() {
		ResponseSpec response = this.client.get().uri(gateway("/v3/api-docs/swagger-config")).exchange();

		response.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.urls[*].name").value((List<String> names) ->
					assertThat(names).containsExactlyInAnyOrder("plan", "funding", "talent", "ip", "awards"))
			.jsonPath("$.urls[*].url").value((List<String> urls) -> assertThat(urls).containsExactlyInAnyOrder(
					"/api/plan/api-docs", "/api/funding/api-docs", "/api/talent/api-docs", "/api/ip/api-docs",
					"/api/awards/api-docs"))
			.jsonPath("$['urls.primaryName']").isEqualTo("plan");
	}

	@Test
	void servesTheSwaggerUiWithoutAToken() {
		ResponseSpec response = this.client.get().uri(gateway("/swagger-ui/index.html")).exchange();

		response.expectStatus().isOk().expectHeader().valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void redirectsTheSwaggerUiShortcutToTheUi() {
		ResponseSpec response = this.client.get().uri(gateway("/swagger-ui.html")).exchange();

		response.expectStatus().is3xxRedirection().expectHeader().valueEquals("Location", "/swagger-ui/index.html");
	}

}
