package org.scibureau.plan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scibureau.plan.review.ReviewWorld.expert;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.scibureau.plan.PlanFixtures;
import org.scibureau.plan.review.ReviewWorld.Program;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.events.talent.ExpertRegistered;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * The end of a review over HTTP: the consensus and ranking within the program's ceiling, and the decision that
 * approves and rejects the projects in one transaction, publishes their events and holds the ceiling even when
 * decisions race.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "scibureau.plan.call-schedule.interval=300ms")
@RealInfrastructure(database = "plan")
class ReviewDecisionIntegrationTests {

	private static final String APPROVED = "org.scibureau.plan.project.approved.v1";

	private static final String REJECTED = "org.scibureau.plan.project.rejected.v1";

	@Autowired
	DatabaseClient database;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	WebTestClient http;

	String baseUrl;

	ReviewWorld world;

	@LocalServerPort
	void bindClient(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.http = WebTestClient.bindToServer().baseUrl(this.baseUrl).responseTimeout(Duration.ofSeconds(30)).build();
	}

	@BeforeEach
	void createWorld() {
		this.world = new ReviewWorld(this.http, this.database, this.bootstrapServers);
	}

	@AfterEach
	void closeWorld() {
		this.world.close();
	}

	@Test
	void ranksScoredProjectsByTheirConsensusWithOutliersTrimmedWithinTheCeiling() {
		String field = ReviewWorld.uniqueField();
		String callId = this.world.call(this.world.program("1500000.00"));
		UUID best = this.world.projectUnderReview(callId, field);
		UUID second = this.world.projectUnderReview(callId, field);
		UUID pending = this.world.projectUnderReview(callId, field);
		List<UUID> experts = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID());
		this.world.register(experts.stream().map((id) -> expert(id, field)).toArray(ExpertRegistered[]::new));
		Object reviewId = this.world.openReview(Map.of("callId", callId, "reviewersPerProject", 5,
				"maxProjectsPerExpert", 3)).get("id");
		int[] bestScores = { 90, 80, 85, 88, 10 };
		for (int i = 0; i < experts.size(); i++) {
			this.world.score(reviewId, best, experts.get(i), bestScores[i]).expectStatus().isOk();
			this.world.score(reviewId, second, experts.get(i), 70).expectStatus().isOk();
		}
		this.world.score(reviewId, pending, experts.getFirst(), 95).expectStatus().isOk();

		this.http.get().uri("/api/plan/reviews/{id}/ranking", reviewId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.fiscalYear").isEqualTo(ReviewWorld.thisYear())
			.jsonPath("$.budgetCeiling").isEqualTo(1500000.00)
			.jsonPath("$.alreadyApproved").isEqualTo(0.00)
			.jsonPath("$.availableCeiling").isEqualTo(1500000.00)
			.jsonPath("$.ranking.length()").isEqualTo(2)
			.jsonPath("$.ranking[0].rank").isEqualTo(1)
			.jsonPath("$.ranking[0].projectId").isEqualTo(best.toString())
			.jsonPath("$.ranking[0].score").isEqualTo(84.33)
			.jsonPath("$.ranking[0].requestedAmount").isEqualTo(1000000.00)
			.jsonPath("$.ranking[0].proposal").isEqualTo("APPROVE")
			.jsonPath("$.ranking[0].remainingCeiling").isEqualTo(500000.00)
			.jsonPath("$.ranking[0].criteria.length()").isEqualTo(4)
			.jsonPath("$.ranking[0].criteria[0].criterion").isEqualTo("innovation")
			.jsonPath("$.ranking[0].criteria[0].mean").isEqualTo(84.33)
			.jsonPath("$.ranking[0].criteria[0].scoresCounted").isEqualTo(3)
			.jsonPath("$.ranking[0].criteria[0].trimmedLowest.expertId").isEqualTo(experts.get(4).toString())
			.jsonPath("$.ranking[0].criteria[0].trimmedLowest.score").isEqualTo(10)
			.jsonPath("$.ranking[0].criteria[0].trimmedHighest.expertId").isEqualTo(experts.get(0).toString())
			.jsonPath("$.ranking[0].criteria[0].trimmedHighest.score").isEqualTo(90)
			.jsonPath("$.ranking[1].projectId").isEqualTo(second.toString())
			.jsonPath("$.ranking[1].score").isEqualTo(70.00)
			.jsonPath("$.ranking[1].proposal").isEqualTo("EXCEEDS_REMAINING_CEILING")
			.jsonPath("$.ranking[1].criteria[0].trimmedLowest.score").isEqualTo(70)
			.jsonPath("$.proposedBudget").isEqualTo(1000000.00)
			.jsonPath("$.remainingCeiling").isEqualTo(500000.00)
			.jsonPath("$.pending.length()").isEqualTo(1)
			.jsonPath("$.pending[0].projectId").isEqualTo(pending.toString())
			.jsonPath("$.pending[0].sheetsIn").isEqualTo(1)
			.jsonPath("$.pending[0].reviewers").isEqualTo(5);
		this.http.get().uri("/api/plan/reviews/{id}/ranking?fiscalYear={year}", reviewId, ReviewWorld.thisYear() + 1)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.fiscalYear").isEqualTo(ReviewWorld.thisYear() + 1);
		this.http.get().uri("/api/plan/reviews/{id}/ranking", reviewId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("district-officer")))
			.exchange()
			.expectStatus().isForbidden();
		String elsewhere = TestTokens.shared().token().roles("plan-officer").jurisdiction("440300").build();
		this.http.get().uri("/api/plan/reviews/{id}/ranking", reviewId)
			.headers((headers) -> headers.setBearerAuth(elsewhere))
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void decidesInOneTransactionApprovingWithinTheCeilingAndRejectingTheOthers() {
		String field = ReviewWorld.uniqueField();
		Program program = this.world.program("1500000.00");
		String callId = this.world.call(program);
		UUID approved = this.world.projectUnderReview(callId, field);
		UUID rejected = this.world.projectUnderReview(callId, field);
		UUID unscored = this.world.projectUnderReview(callId, field);
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		this.world.register(expert(alice, field), expert(bob, field));
		Object reviewId = this.world.openReview(Map.of("callId", callId, "reviewersPerProject", 2,
				"maxProjectsPerExpert", 3)).get("id");
		for (UUID expert : List.of(alice, bob)) {
			this.world.score(reviewId, approved, expert, 90).expectStatus().isOk();
			this.world.score(reviewId, rejected, expert, 60).expectStatus().isOk();
		}
		this.world.score(reviewId, unscored, alice, 70).expectStatus().isOk();
		String etag = "\"5\"";
		int year = ReviewWorld.thisYear();

		this.world.decide(reviewId, etag, Map.of("fiscalYear", year, "approvals",
				List.of(approval(approved, "1000000.00"), approval(rejected, "1000000.00")), "rejectionReason",
				"Not scored"))
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].field").isEqualTo("approvals")
			.jsonPath("$.errors[0].code").isEqualTo("exceeds-program-ceiling");
		this.world.decide(reviewId, etag, Map.of("fiscalYear", year, "approvals", List.of(approval(approved,
				"1000000.01"), approval(unscored, "1.00"), approval(UUID.randomUUID(), "1.00"))))
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(4)
			.jsonPath("$.errors[0].field").isEqualTo("approvals[1].projectId")
			.jsonPath("$.errors[0].code").isEqualTo("sheets-missing")
			.jsonPath("$.errors[1].field").isEqualTo("approvals[2].projectId")
			.jsonPath("$.errors[1].code").isEqualTo("not-in-review")
			.jsonPath("$.errors[2].field").isEqualTo("rejectionReason")
			.jsonPath("$.errors[3].field").isEqualTo("approvals[0].approvedBudget")
			.jsonPath("$.errors[3].code").isEqualTo("exceeds-requested");
		this.world.decide(reviewId, etag, Map.of("fiscalYear", year - 1, "approvals",
				List.of(approval(approved, "800000.00")), "rejectionReason", "Too late"))
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("fiscalYear");
		this.world.decide(reviewId, etag, Map.of("approvals", List.of())).expectStatus().isBadRequest();
		this.world.decide(reviewId, null, Map.of("fiscalYear", year, "approvals", List.of(),
				"rejectionReason", "None")).expectStatus().isEqualTo(428);
		this.world.decide(reviewId, "\"4\"", Map.of("fiscalYear", year, "approvals", List.of(),
				"rejectionReason", "None")).expectStatus().isEqualTo(412);
		this.world.decide(UUID.randomUUID(), etag, Map.of("fiscalYear", year, "approvals", List.of(),
				"rejectionReason", "None")).expectStatus().isNotFound();
		for (UUID project : List.of(approved, rejected, unscored)) {
			this.world.assertProject(project, "EXPERT_REVIEW");
		}

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.PROJECT)) {
			this.world.decide(reviewId, etag, Map.of("fiscalYear", year, "approvals",
					List.of(approval(approved, "800000.00")), "rejectionReason", "Ranked below the funding line"))
				.expectStatus().isOk()
				.expectHeader().valueEquals(HttpHeaders.ETAG, "\"6\"")
				.expectBody()
				.jsonPath("$.status").isEqualTo("DECIDED")
				.jsonPath("$.allowedActions.length()").isEqualTo(0)
				.jsonPath("$.decision.fiscalYear").isEqualTo(year)
				.jsonPath("$.decision.approvals[0].projectId").isEqualTo(approved.toString())
				.jsonPath("$.decision.approvals[0].budget").isEqualTo(800000.00)
				.jsonPath("$.decision.rejectionReason").isEqualTo("Ranked below the funding line");

			DocumentContext approval = JsonPath.parse(body(event(consumer, approved, APPROVED)));
			assertThat(approval.read("$.approvedAmount", Double.class)).isEqualTo(800000.00);
			assertThat(approval.read("$.fiscalYear", Integer.class)).isEqualTo(year);
			assertThat(approval.<List<Double>>read("$.tranches[*].amount")).containsExactly(320000.00, 320000.00,
					160000.00);
			for (UUID project : List.of(rejected, unscored)) {
				DocumentContext rejection = JsonPath.parse(body(event(consumer, project, REJECTED)));
				assertThat(rejection.read("$.stage", String.class)).isEqualTo("EXPERT_REVIEW");
				assertThat(rejection.read("$.reason", String.class)).isEqualTo("Ranked below the funding line");
			}
		}
		this.world.assertProject(approved, "APPROVED", new BigDecimal("800000.00"));
		this.world.assertProject(rejected, "REJECTED");
		this.world.assertProject(unscored, "REJECTED");
		this.world.assertApprovedFor(program, year, "800000.00");
		this.http.get().uri("/api/plan/projects/{id}/history", approved)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[-1:].action").isEqualTo(List.of("approve"))
			.jsonPath("$[-1:].actor").isEqualTo(List.of("planner via test-client"));

		this.world.decide(reviewId, "\"6\"", Map.of("fiscalYear", year, "approvals", List.of(),
				"rejectionReason", "Again"))
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.currentState").isEqualTo("DECIDED");
		this.world.score(reviewId, approved, alice, 10).expectStatus().isEqualTo(409);
		this.http.get().uri("/api/plan/reviews/{id}/ranking", reviewId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.alreadyApproved").isEqualTo(800000.00)
			.jsonPath("$.availableCeiling").isEqualTo(700000.00);
		this.http.post().uri("/api/plan/reviews")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("callId", callId, "reviewersPerProject", 1, "maxProjectsPerExpert", 1))
			.exchange()
			.expectStatus().isEqualTo(422);
		this.http.get().uri("/api/plan/reviews/{id}/history", reviewId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[-1:].action").isEqualTo(List.of("decide"))
			.jsonPath("$[-1:].toStatus").isEqualTo(List.of("DECIDED"));
	}

	@Test
	void neverLetsConcurrentDecisionsOfOneProgramExceedItsCeiling() {
		String field = ReviewWorld.uniqueField();
		Program program = this.world.program("1500000.00");
		UUID expert = UUID.randomUUID();
		this.world.register(expert(expert, field));
		int year = ReviewWorld.thisYear();
		List<Map<String, Object>> decisions = List.of(scoredReview(program, field, expert),
				scoredReview(program, field, expert), scoredReview(program, field, expert));

		WebClient client = WebClient.create(this.baseUrl);
		Flux<Integer> statuses = Flux.fromIterable(decisions)
			.flatMap((decision) -> client.post()
				.uri("/api/plan/reviews/{id}/decisions", decision.get("reviewId"))
				.headers((headers) -> {
					headers.setBearerAuth(PlanFixtures.planOfficer());
					headers.set(HttpHeaders.IF_MATCH, "\"1\"");
				})
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("fiscalYear", year, "approvals", List.of(approval((UUID) decision.get("projectId"),
						"1000000.00"))))
				.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value())));

		StepVerifier.create(statuses.collectList())
			.assertNext((codes) -> assertThat(codes).containsExactlyInAnyOrder(200, 422, 422))
			.expectComplete()
			.verify(Duration.ofSeconds(60));
		this.world.assertApprovedFor(program, year, "1000000.00");
	}

	/** A new call of the program with one project under review, scored by the expert; its review's version is 1. */
	private Map<String, Object> scoredReview(Program program, String field, UUID expert) {
		String callId = this.world.call(program);
		UUID project = this.world.projectUnderReview(callId, field);
		Object reviewId = this.world.openReview(Map.of("callId", callId, "reviewersPerProject", 1,
				"maxProjectsPerExpert", 1)).get("id");
		this.world.score(reviewId, project, expert, 80).expectStatus().isOk();
		return Map.of("reviewId", reviewId, "projectId", project);
	}

	private static Map<String, Object> approval(UUID projectId, String approvedBudget) {
		return Map.of("projectId", projectId.toString(), "approvedBudget", new BigDecimal(approvedBudget));
	}

	private static ConsumerRecord<String, byte[]> event(KafkaTestConsumer consumer, UUID projectId, String type) {
		ConsumerRecord<String, byte[]> record = consumer.awaitRecord((candidate) -> projectId.toString()
			.equals(candidate.key()) && type.equals(KafkaTestConsumer.header(candidate, "ce_type")),
				Duration.ofSeconds(30));
		EventSchemas.assertValid(type, body(record));
		return record;
	}

	private static String body(ConsumerRecord<String, byte[]> record) {
		return new String(record.value(), StandardCharsets.UTF_8);
	}

}
