package org.scibureau.funding;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.test.events.KafkaTestProducer;
import org.scibureau.platform.test.spring.RealInfrastructure;

import static org.awaitility.Awaitility.await;

/**
 * The common ground of funding-service's integration tests: the service on the shared database and broker, a producer
 * of plan-service's and talent-service's events, and the HTTP calls on allocations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "funding")
public abstract class FundingTestSupport {

	protected static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Value("${spring.kafka.bootstrap-servers}")
	protected String bootstrapServers;

	@Autowired
	protected DatabaseClient database;

	@Autowired
	protected JsonMapper json;

	protected WebTestClient http;

	protected KafkaTestProducer producer;

	protected FundingWorld world;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@BeforeEach
	void setUpClients() {
		this.producer = KafkaTestProducer.of(this.bootstrapServers);
		this.world = new FundingWorld(this.http, this.producer, this.database);
	}

	@AfterEach
	void closeClients() {
		this.producer.close();
	}

	/** An allocation as an auditor reads it. */
	protected WebTestClient.BodyContentSpec allocation(String allocationId) {
		return this.http.get()
			.uri("/api/funding/allocations/{id}", allocationId)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody();
	}

	protected void awaitTranche(String allocationId, int sequence, String status) {
		await().atMost(TIMEOUT).untilAsserted(() -> allocation(allocationId)
			.jsonPath("$.tranches[" + (sequence - 1) + "].status").isEqualTo(status));
	}

	protected WebTestClient.ResponseSpec disburse(String allocationId, int sequence, String token) {
		return this.http.post().uri("/api/funding/allocations/{id}/tranches/{n}/disbursement", allocationId, sequence)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("paymentReference", "PAY-" + sequence))
			.exchange();
	}

	protected WebTestClient.ResponseSpec confirm(String allocationId, int sequence, String token) {
		return this.http.post()
			.uri("/api/funding/allocations/{id}/tranches/{n}/disbursement-confirmation", allocationId, sequence)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

}
