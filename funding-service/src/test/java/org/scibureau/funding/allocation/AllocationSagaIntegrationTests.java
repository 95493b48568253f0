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
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.funding.FundingTopics;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.events.KafkaTestProducer;
import org.scibureau.platform.test.spring.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * funding-service's step of the approval saga over Kafka: each approval answered once, by FundsCommitted or
 * AllocationRejected with its reason, each answer valid against its schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "funding")
class AllocationSagaIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	DatabaseClient database;

	@Autowired
	JsonMapper json;

	WebTestClient http;

	KafkaTestProducer producer;

	KafkaTestConsumer answers;

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
		this.answers = KafkaTestConsumer.of(this.bootstrapServers, FundingTopics.ALLOCATION);
		this.world = new FundingWorld(this.http, this.producer, this.database);
	}

	@AfterEach
	void tearDown() {
		this.producer.close();
		this.answers.close();
	}

	@Test
	void commitsAnApprovedBudgetAndEchoesItsTranchePlan() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("1000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "400000.00");

		this.producer.send(approved);

		JsonNode answer = answer(approved.projectId(), "org.scibureau.funding.allocation.committed.v1");
		assertThat(answer.get("fundId").asString()).isEqualTo(fund.get("id"));
		assertThat(answer.get("fundingAttempt").asInt()).isEqualTo(1);
		assertThat(answer.get("amount").decimalValue()).isEqualByComparingTo("400000.00");
		assertThat(answer.get("tranches")).hasSize(3);
		Map<String, Object> after = this.world.fund(fund.get("id"));
		assertThat(new BigDecimal(after.get("committed").toString())).isEqualByComparingTo("400000.00");
		assertThat(new BigDecimal(after.get("available").toString())).isEqualByComparingTo("600000.00");
		this.http.get().uri("/api/funding/allocations?projectId={id}", approved.projectId())
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(1)
			.jsonPath("$.items[0].status").isEqualTo("COMMITTED")
			.jsonPath("$.items[0].reference").value((String reference) -> assertThat(reference).startsWith("ALC-"));
	}

	@Test
	void rejectsAnApprovalNoFundPaysFor() {
		UUID program = this.world.publishedProgram();
		ProjectApproved approved = FundingWorld.approval(program, "10000.00");

		this.producer.send(approved);

		JsonNode answer = answer(approved.projectId(), "org.scibureau.funding.allocation.rejected.v1");
		assertThat(answer.get("reason").asString()).isEqualTo("NO_FUND");
	}

	@Test
	void rejectsWhatTheFundCannotHoldAndCommitsAReSubmissionOnceItGrows() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("100000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "150000.00");

		this.producer.send(approved);

		JsonNode rejected = answer(approved.projectId(), "org.scibureau.funding.allocation.rejected.v1");
		assertThat(rejected.get("reason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
		assertThat(rejected.get("detail").asString()).contains("100000.00 CNY left");
		this.http.post().uri("/api/funding/funds/{id}/appropriation", fund.get("id"))
			.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
			.header("If-Match", "\"" + fund.get("version") + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("appropriation", 200000, "reason", "Budget adjustment 3"))
			.exchange()
			.expectStatus().isOk();

		this.producer.send(FundingWorld.resubmission(approved, 2));

		JsonNode committed = answer(approved.projectId(), "org.scibureau.funding.allocation.committed.v1");
		assertThat(committed.get("fundingAttempt").asInt()).isEqualTo(2);
		this.http.get().uri("/api/funding/allocations?projectId={id}", approved.projectId())
			.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].status").value((List<String> statuses) -> assertThat(statuses)
				.containsExactly("COMMITTED", "REJECTED"));
	}

	@Test
	void givesNothingToAProjectWhoseInvestigatorIsBarredFromFunds() {
		UUID program = this.world.publishedProgram();
		this.world.fund("1000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "10000.00");
		UUID sanction = UUID.randomUUID();
		this.producer.send(new IntegritySanctionImposed(UUID.randomUUID(), Instant.now(), sanction,
				approved.principalInvestigatorId(), "PLAGIARISM", List.of("FUNDING_BAN"),
				new IntegritySanctionImposed.Scope(true, true, false, false, false), LocalDate.now().minusDays(1),
				null, FundingWorld.CHENGDU));
		await().atMost(TIMEOUT).untilAsserted(() -> StepVerifier
			.create(this.database.sql("select count(*) as n from integrity_sanction where sanction_id = :id")
				.bind("id", sanction)
				.map((row) -> row.get("n", Long.class))
				.one())
			.expectNext(1L)
			.verifyComplete());

		this.producer.send(approved);

		assertThat(answer(approved.projectId(), "org.scibureau.funding.allocation.rejected.v1").get("reason").asString())
			.isEqualTo("RECIPIENT_SANCTIONED");
	}

	@Test
	void answersARedeliveredApprovalOnce() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("1000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "300000.00");

		this.producer.send(approved);
		this.producer.send(approved);
		ConsumerRecord<String, byte[]> first = answerRecord(approved.projectId(),
				"org.scibureau.funding.allocation.committed.v1");

		this.answers.assertNoRecord((record) -> record != first && answersProject(record, approved.projectId()),
				Duration.ofSeconds(3));
		assertThat(new BigDecimal(this.world.fund(fund.get("id")).get("committed").toString()))
			.isEqualByComparingTo("300000.00");
	}

	@Test
	void showsAnApplicantItsOwnOrganisationsAllocationsOnly() {
		UUID program = this.world.publishedProgram();
		this.world.fund("1000000.00", program);
		UUID organisation = UUID.randomUUID();
		ProjectApproved own = FundingWorld.approval(program, organisation, "1000.00");
		ProjectApproved other = FundingWorld.approval(program, "1000.00");
		this.producer.send(own);
		this.producer.send(other);
		answer(own.projectId(), "org.scibureau.funding.allocation.committed.v1");
		JsonNode otherAnswer = answer(other.projectId(), "org.scibureau.funding.allocation.committed.v1");

		this.http.get().uri("/api/funding/allocations?programId={id}", program)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.applicant(organisation)))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[*].projectId").isEqualTo(List.of(own.projectId().toString()));
		this.http.get().uri("/api/funding/allocations/{id}", otherAnswer.get("allocationId").asString())
			.headers((headers) -> headers.setBearerAuth(FundingWorld.applicant(organisation)))
			.exchange()
			.expectStatus().isNotFound();
		this.http.get().uri("/api/funding/funds")
			.headers((headers) -> headers.setBearerAuth(FundingWorld.applicant(organisation)))
			.exchange()
			.expectStatus().isForbidden();
	}

	/** The answer to the project's funding request, checked against its schema. */
	private JsonNode answer(UUID projectId, String type) {
		return this.json.readTree(answerRecord(projectId, type).value());
	}

	private ConsumerRecord<String, byte[]> answerRecord(UUID projectId, String type) {
		ConsumerRecord<String, byte[]> record = this.answers.awaitRecord((candidate) -> answersProject(candidate,
				projectId) && type.equals(KafkaTestConsumer.header(candidate, "ce_type")), TIMEOUT);
		EventSchemas.assertValid(type, new String(record.value(), StandardCharsets.UTF_8));
		return record;
	}

	private boolean answersProject(ConsumerRecord<String, byte[]> record, UUID projectId) {
		return new String(record.value(), StandardCharsets.UTF_8).contains(projectId.toString());
	}

}
