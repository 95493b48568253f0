package org.scibureau.talent;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.test.spring.RealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "talent")
class TalentServiceIntegrationTests {

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void isReadyOnItsDatabaseAndReportsKafkaAndTheOutboxAsDetails() {
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
		this.http.get().uri("/actuator/health").exchange()
			.expectBody()
			.jsonPath("$.components.outbox.details.backlog").isEqualTo(0)
			.jsonPath("$.components.kafka.status").exists();
	}

	@Test
	void servesMetricsAndItsOpenApiWithoutAToken() {
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
		this.http.get().uri("/api/talent/api-docs").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.openapi").exists();
	}

	@Test
	void requiresATokenForItsApi() {
		this.http.get().uri("/api/talent/anything").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
