package org.scibureau.plan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scibureau.plan.review.ReviewAssignmentIntegrationTests.projectOf;
import static org.scibureau.plan.review.ReviewAssignmentIntegrationTests.reviewers;
import static org.scibureau.plan.review.ReviewWorld.expert;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.test.spring.ObjectSwaps;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Object-id swaps on reviews and expert assignments: in the review of a Wuhou district call, where Alice reviews one
 * project and Bob the other, a plan officer of Jinjiang, Bob, and an expert of no review at all call every endpoint
 * of the review and of Alice's assignment with the real ids. Each gets exactly what it gets for a review and a
 * project that do not exist: 403 where its role may not use the endpoint at all, 404 where it may. Nothing is read,
 * scored or decided, and nothing tells the review or the assignment exists. (Administrators and auditors read every
 * jurisdiction by design, and a Chengdu officer covers Wuhou, so they are no intruders.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "scibureau.plan.call-schedule.interval=300ms")
@RealInfrastructure(database = "plan")
class ReviewObjectAccessIntegrationTests {

	private static final String JINJIANG = "510104";

	@Autowired
	DatabaseClient database;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	WebTestClient http;

	ReviewWorld world;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
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
	void everySwapOfAReviewsOrAnAssignmentsIdsIsRefusedAsIfNothingWereThere() {
		String field = ReviewWorld.uniqueField();
		String callId = this.world.call(this.world.program("50000000.00", PlanFixtures.WUHOU));
		UUID one = this.world.projectUnderReview(callId, field);
		UUID other = this.world.projectUnderReview(callId, field);
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		this.world.register(expert(alice, field), expert(bob, field));
		Map<String, Object> review = this.world.openReview(Map.of("callId", callId, "reviewersPerProject", 1,
				"maxProjectsPerExpert", 1));
		String reviewId = (String) review.get("id");
		UUID aliceProject = reviewers(projectOf(review, one)).contains(alice.toString()) ? one : other;
		Map<String, String> intruders = Map.of("plan officer of another district",
				TestTokens.shared().token().roles("plan-officer").jurisdiction(JINJIANG).subject("planner-" + JINJIANG)
					.build(),
				"expert assigned to the other project", ReviewWorld.expertToken(bob), "expert of no review",
				ReviewWorld.expertToken(UUID.randomUUID()));

		List<String> reached = ObjectSwaps.of(this.http, this.mappings)
			.assertRefused(ReviewObjectAccessIntegrationTests::ofAReview,
					(pattern) -> ids(pattern, reviewId, aliceProject.toString()),
					(pattern) -> ids(pattern, UUID.randomUUID().toString(), UUID.randomUUID().toString()),
					ReviewObjectAccessIntegrationTests::body, intruders);

		assertThat(reached).as("swaps that reached the object-level check").hasSize(8);
		Map<String, Object> untouched = this.world.get("/api/plan/reviews/" + reviewId, PlanFixtures.planOfficer());
		assertThat(untouched).containsEntry("jurisdiction", PlanFixtures.WUHOU)
			.containsEntry("status", "ASSIGNED")
			.containsEntry("version", 0);
		assertThat(projectOf(untouched, aliceProject)).containsEntry("sheetsIn", 0);
		this.world.assertProject(one, "EXPERT_REVIEW");
		this.world.assertProject(other, "EXPERT_REVIEW");
	}

	private static boolean ofAReview(String path) {
		return path.startsWith("/api/plan/reviews/{id}") || path.startsWith("/api/plan/reviews/{reviewId}");
	}

	private static String ids(String pattern, String reviewId, String projectId) {
		return pattern.replace("{id}", reviewId).replace("{reviewId}", reviewId).replace("{projectId}", projectId);
	}

	/** A body the endpoint would accept from its rightful caller, so that only the swap can refuse it. */
	private static @Nullable Object body(String method, String path) {
		if (path.endsWith("/decisions")) {
			return Map.of("fiscalYear", ReviewWorld.thisYear(), "approvals", List.of(), "rejectionReason",
					"Ranked below the funding line");
		}
		if (path.endsWith("/score-sheet")) {
			return Map.of("scores", Map.of("innovation", 80, "feasibility", 80, "team", 80, "budget", 80));
		}
		return null;
	}

}
