package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.funding.FundingTopics;
import org.scibureau.platform.events.plan.MilestoneAccepted;
import org.scibureau.platform.events.plan.ProjectAccepted;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.plan.ProjectContracted;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.events.KafkaTestProducer;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tranches from the contract to the project's acceptance: released by plan-service's events, paid out by finance
 * officers who did not approve the project, large amounts confirmed by a second officer, each payment moving the
 * amount from the fund's committed to its disbursed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "funding")
class TrancheIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final String CASHIER_A = finance("cashier-a");

	private static final String CASHIER_B = finance("cashier-b");

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	DatabaseClient database;

	@Autowired
	JsonMapper json;

	WebTestClient http;

	KafkaTestProducer producer;

	KafkaTestConsumer events;

	FundingWorld world;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@BeforeEach
	void setUp() {
		this.producer = KafkaTestProducer.of(this.bootstrapServers);
		this.events = KafkaTestConsumer.of(this.bootstrapServers, FundingTopics.ALLOCATION);
		this.world = new FundingWorld(this.http, this.producer, this.database);
	}

	@AfterEach
	void tearDown() {
		this.producer.close();
		this.events.close();
	}

	@Test
	void paysEachTrancheOnceItIsDueWithTwoOfficersAboveTheThreshold() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("3000000.00", program);
		// 40/40/20 of 2.6M: 1.04M and 1.04M need a second officer (threshold 1M), 0.52M does not.
		ProjectApproved approved = FundingWorld.approval(program, "2600000.00");
		this.producer.send(approved);
		String allocationId = committed(approved).get("allocationId").asString();

		disburse(allocationId, 1, CASHIER_A).expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectBody().jsonPath("$.currentState").isEqualTo("PLANNED");
		this.producer.send(contracted(approved, allocationId));
		awaitTranche(allocationId, 1, "RELEASED");

		disburse(allocationId, 1, finance(FundingWorld.APPROVER)).expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("approved"));
		disburse(allocationId, 1, CASHIER_A).expectStatus().isOk()
			.expectBody().jsonPath("$.tranches[0].status").isEqualTo("AWAITING_CONFIRMATION");
		confirm(allocationId, 1, CASHIER_A).expectStatus().isForbidden();
		confirm(allocationId, 1, CASHIER_B).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.tranches[0].status").isEqualTo("DISBURSED")
			.jsonPath("$.tranches[0].disbursedBy").isEqualTo("cashier-b");
		JsonNode first = disbursed(allocationId, 1);
		assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("1040000.00");
		assertThat(first.get("lastTranche").asBoolean()).isFalse();
		assertFund(fund, "1560000.00", "1040000.00");
		disburse(allocationId, 1, CASHIER_B).expectStatus().isEqualTo(HttpStatus.CONFLICT);

		this.producer.send(milestoneAccepted(approved, approved.tranches().get(1).milestoneId()));
		awaitTranche(allocationId, 2, "RELEASED");
		disburse(allocationId, 2, CASHIER_B).expectStatus().isOk();
		confirm(allocationId, 2, CASHIER_A).expectStatus().isOk();
		disburse(allocationId, 3, CASHIER_A).expectStatus().isEqualTo(HttpStatus.CONFLICT);

		this.producer.send(accepted(approved));
		awaitTranche(allocationId, 3, "RELEASED");
		disburse(allocationId, 3, CASHIER_A).expectStatus().isOk()
			.expectBody().jsonPath("$.tranches[2].status").isEqualTo("DISBURSED");
		assertThat(disbursed(allocationId, 3).get("lastTranche").asBoolean()).isTrue();
		assertFund(fund, "0.00", "2600000.00");
		this.http.get().uri("/api/funding/funds/{id}", fund.get("id"))
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectBody().jsonPath("$.executionRate").isEqualTo(0.8667);
		this.http.get().uri("/api/funding/allocations/{id}/history", allocationId)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectBody()
			.jsonPath("$[*].action").value((List<String> actions) -> assertThat(actions).containsExactly(
					"release-tranche-1", "request-disbursement-1", "disburse-tranche-1", "release-tranche-2",
					"request-disbursement-2", "disburse-tranche-2", "release-tranche-3", "disburse-tranche-3"));
	}

	@Test
	void keepsPaymentsToFinanceOfficersOfTheAllocationsJurisdiction() {
		UUID program = this.world.publishedProgram();
		this.world.fund("100000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "10000.00");
		this.producer.send(approved);
		String allocationId = committed(approved).get("allocationId").asString();
		this.producer.send(contracted(approved, allocationId));
		awaitTranche(allocationId, 1, "RELEASED");
		String elsewhere = TestTokens.shared().token().roles("finance-officer").jurisdiction("510104")
			.subject("district-cashier").build();

		disburse(allocationId, 1, FundingWorld.token("plan-officer")).expectStatus().isForbidden();
		disburse(allocationId, 1, elsewhere).expectStatus().isNotFound();
		disburse(allocationId, 9, CASHIER_A).expectStatus().isNotFound();
		disburse(UUID.randomUUID().toString(), 1, CASHIER_A).expectStatus().isNotFound();
		this.http.post().uri("/api/funding/allocations/{id}/tranches/1/disbursement", allocationId)
			.headers((headers) -> headers.setBearerAuth(CASHIER_A))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("paymentReference", "x".repeat(101)))
			.exchange()
			.expectStatus().isBadRequest();
	}

	private JsonNode committed(ProjectApproved approved) {
		return event(approved.projectId(), "org.scibureau.funding.allocation.committed.v1", null);
	}

	private JsonNode disbursed(String allocationId, int sequence) {
		return event(null, "org.scibureau.funding.tranche.disbursed.v1",
				(body) -> allocationId.equals(body.get("allocationId").asString())
						&& body.get("sequence").asInt() == sequence);
	}

	private JsonNode event(UUID projectId, String type, java.util.function.Predicate<JsonNode> matching) {
		ConsumerRecord<String, byte[]> record = this.events.awaitRecord((candidate) -> {
			if (!type.equals(KafkaTestConsumer.header(candidate, "ce_type"))) {
				return false;
			}
			JsonNode body = this.json.readTree(candidate.value());
			return (projectId == null || projectId.toString().equals(body.get("projectId").asString()))
					&& (matching == null || matching.test(body));
		}, TIMEOUT);
		EventSchemas.assertValid(type, new String(record.value(), StandardCharsets.UTF_8));
		return this.json.readTree(record.value());
	}

	private void awaitTranche(String allocationId, int sequence, String status) {
		await().atMost(TIMEOUT).untilAsserted(() -> this.http.get()
			.uri("/api/funding/allocations/{id}", allocationId)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectBody()
			.jsonPath("$.tranches[" + (sequence - 1) + "].status").isEqualTo(status));
	}

	private void assertFund(Map<String, Object> fund, String committed, String disbursed) {
		Map<String, Object> now = this.world.fund(fund.get("id"));
		assertThat(new BigDecimal(now.get("committed").toString())).isEqualByComparingTo(committed);
		assertThat(new BigDecimal(now.get("disbursed").toString())).isEqualByComparingTo(disbursed);
	}

	private WebTestClient.ResponseSpec disburse(String allocationId, int sequence, String token) {
		return this.http.post().uri("/api/funding/allocations/{id}/tranches/{n}/disbursement", allocationId, sequence)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("paymentReference", "PAY-" + sequence))
			.exchange();
	}

	private WebTestClient.ResponseSpec confirm(String allocationId, int sequence, String token) {
		return this.http.post()
			.uri("/api/funding/allocations/{id}/tranches/{n}/disbursement-confirmation", allocationId, sequence)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	private static String finance(String subject) {
		return TestTokens.shared().token().roles("finance-officer").jurisdiction(FundingWorld.CHENGDU).subject(subject)
			.build();
	}

	private static ProjectContracted contracted(ProjectApproved approved, String allocationId) {
		return new ProjectContracted(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "CONTRACTED", "HT-2026-0001", LocalDate.now(), UUID.fromString(allocationId));
	}

	private static MilestoneAccepted milestoneAccepted(ProjectApproved approved, UUID milestoneId) {
		return new MilestoneAccepted(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "IN_PROGRESS", milestoneId, "Prototype");
	}

	private static ProjectAccepted accepted(ProjectApproved approved) {
		return new ProjectAccepted(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "ACCEPTED");
	}

}
