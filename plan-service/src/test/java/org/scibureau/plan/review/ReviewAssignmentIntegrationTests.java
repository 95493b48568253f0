package org.scibureau.plan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.scibureau.plan.review.ReviewWorld.expert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import org.scibureau.plan.PlanFixtures;
import org.scibureau.plan.project.ProjectWorld;
import org.scibureau.plan.review.ReviewWorld.Program;
import org.scibureau.platform.events.talent.ExpertRegistered;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Opening a review over HTTP: the optimal assignment of the talent pool's experts with every conflict excluded and
 * explained, the experts' own view of their assignments, and their score sheets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "scibureau.plan.call-schedule.interval=300ms")
@RealInfrastructure(database = "plan")
class ReviewAssignmentIntegrationTests {

	@Autowired
	DatabaseClient database;

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
	void neverAssignsAConflictedExpertAndExplainsEveryChoiceAndExclusion() {
		String field = ReviewWorld.uniqueField();
		Program program = this.world.program("50000000.00");
		String callId = this.world.call(program);
		String applicant = this.world.organisation();
		String elsewhere = this.world.organisation();
		UUID pi = UUID.randomUUID();
		UUID teamMember = UUID.randomUUID();
		UUID project = this.world.application(callId, applicant, pi, List.of(teamMember), field);
		this.world.putUnderReview(project, applicant);
		UUID recentPartner = UUID.randomUUID();
		UUID formerPartner = UUID.randomUUID();
		UUID draftPartner = UUID.randomUUID();
		UUID recent = this.world.application(callId, elsewhere, pi, List.of(recentPartner), "history");
		Instant threeYearsAgo = ZonedDateTime.now(ReviewWorld.BUREAU_ZONE).minusYears(3).toInstant();
		this.world.backdate(recent, "CLOSED", threeYearsAgo);
		UUID former = this.world.application(callId, elsewhere, formerPartner, List.of(pi), "history");
		this.world.backdate(former, "CLOSED", ZonedDateTime.now(ReviewWorld.BUREAU_ZONE).minusYears(6).toInstant());
		this.world.application(callId, elsewhere, pi, List.of(draftPartner), "history");
		UUID colleague = UUID.randomUUID();
		UUID declaresOrganisation = UUID.randomUUID();
		UUID declaresResearcher = UUID.randomUUID();
		UUID unavailable = UUID.randomUUID();
		UUID sanctioned = UUID.randomUUID();
		UUID free = UUID.randomUUID();
		this.world.register(
				new ExpertRegistered(UUID.randomUUID(), Instant.now(), colleague, UUID.fromString(applicant),
						List.of(field), List.of(), List.of(pi), true, null, PlanFixtures.CHENGDU),
				expert(teamMember, field),
				new ExpertRegistered(UUID.randomUUID(), Instant.now(), declaresOrganisation, UUID.randomUUID(),
						List.of(field), List.of(UUID.fromString(applicant)), List.of(), true, null,
						PlanFixtures.CHENGDU),
				new ExpertRegistered(UUID.randomUUID(), Instant.now(), declaresResearcher, UUID.randomUUID(),
						List.of(field), List.of(), List.of(teamMember), true, null, PlanFixtures.CHENGDU),
				expert(recentPartner, field), expert(formerPartner, field), expert(draftPartner, field),
				new ExpertRegistered(UUID.randomUUID(), Instant.now(), unavailable, UUID.randomUUID(), List.of(field),
						List.of(), List.of(), false, LocalDate.now(ReviewWorld.BUREAU_ZONE).plusDays(10),
						PlanFixtures.CHENGDU),
				expert(sanctioned, field), expert(free, field));
		this.world.sanction(sanctioned, true);
		this.world.sanction(free, false);

		Map<String, Object> review = this.http.post().uri("/api/plan/reviews")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("callId", callId, "reviewersPerProject", 3, "maxProjectsPerExpert", 2))
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectHeader()
			.value(HttpHeaders.LOCATION, (location) -> assertThat(location).startsWith("/api/plan/reviews/"))
			.expectBody(ProjectWorld.JSON).returnResult().getResponseBody();

		assertThat(review).containsEntry("callId", callId).containsEntry("programId", program.programId())
			.containsEntry("status", "ASSIGNED").containsEntry("allowedActions", List.of("score", "decide"))
			.containsEntry("reviewersPerProject", 3).containsEntry("maxProjectsPerExpert", 2)
			.containsEntry("collaborationLookbackYears", 5).containsEntry("complete", true)
			.containsEntry("totalMismatch", 0);
		assertThat(list(review, "criteria"))
			.extracting((criterion) -> criterion.get("code") + ":" + criterion.get("weight"))
			.containsExactly("innovation:30", "feasibility:30", "team:20", "budget:20");
		Map<String, Object> reviewed = projectOf(review, project);
		assertThat(reviewed).containsEntry("sheetsIn", 0).containsEntry("scored", false)
			.containsEntry("fields", List.of(field)).containsEntry("status", "EXPERT_REVIEW")
			.containsEntry("shortfall", null);
		assertThat(list(reviewed, "reviewers")).allSatisfy((reviewer) -> assertThat(reviewer)
			.containsEntry("matchedFields", List.of(field)).containsEntry("missingFields", List.of())
			.containsEntry("mismatch", 0).containsEntry("sheetSubmittedAt", null));
		assertThat(reviewers(reviewed)).containsExactlyInAnyOrder(formerPartner.toString(), draftPartner.toString(),
				free.toString());
		assertThat(exclusions(reviewed)).containsOnly(
				entry(colleague.toString(), List.of("SAME_ORGANISATION:" + applicant, "DECLARED_RESEARCHER:" + pi)),
				entry(teamMember.toString(), List.of("TEAM_MEMBER:null")),
				entry(declaresOrganisation.toString(), List.of("DECLARED_ORGANISATION:" + applicant)),
				entry(declaresResearcher.toString(), List.of("DECLARED_RESEARCHER:" + teamMember)),
				entry(recentPartner.toString(), List.of("COLLABORATION:" + recent)));
		assertThat(list(reviewed, "exclusions")).filteredOn((exclusion) -> recentPartner.toString()
			.equals(exclusion.get("expertId")))
			.singleElement()
			.satisfies((exclusion) -> assertThat(list(exclusion, "conflicts").getFirst()).containsEntry("subjectDate",
					threeYearsAgo.atZone(ReviewWorld.BUREAU_ZONE).toLocalDate().toString()));
		assertThat(list(review, "setAside").stream()
			.collect(Collectors.toMap((aside) -> (String) aside.get("expertId"), (aside) -> aside.get("reason"))))
			.contains(entry(unavailable.toString(), "UNAVAILABLE"),
					entry(sanctioned.toString(), "BARRED_FROM_REVIEWING"))
			.doesNotContainKey(free.toString());

		this.http.post().uri("/api/plan/reviews")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("callId", callId, "reviewersPerProject", 1, "maxProjectsPerExpert", 1))
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.reviewId").isEqualTo(review.get("id"));
		this.http.get().uri("/api/plan/reviews?callId={callId}&status=ASSIGNED", callId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(1)
			.jsonPath("$.items[0].id").isEqualTo(review.get("id"))
			.jsonPath("$.nextCursor").doesNotExist();
		this.http.get().uri("/api/plan/reviews?callId={callId}", callId)
			.headers((headers) -> headers.setBearerAuth(
					TestTokens.shared().token().roles("plan-officer").jurisdiction("440300").build()))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.items.length()").isEqualTo(0);
		this.http.get().uri("/api/plan/reviews/{id}/history", review.get("id"))
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].action").isEqualTo("open")
			.jsonPath("$[0].toStatus").isEqualTo("ASSIGNED");

		String laterCall = this.world.call(program);
		String laterApplicant = this.world.organisation();
		UUID later = this.world.application(laterCall, laterApplicant, pi, List.of(), field);
		this.world.putUnderReview(later, laterApplicant);
		Map<String, Object> shortLookback = this.world.openReview(Map.of("callId", laterCall, "reviewersPerProject",
				1, "maxProjectsPerExpert", 1, "collaborationLookbackYears", 2));

		assertThat(shortLookback).containsEntry("collaborationLookbackYears", 2);
		assertThat(exclusions(projectOf(shortLookback, later))).doesNotContainKey(recentPartner.toString())
			.contains(entry(teamMember.toString(), List.of("COLLABORATION:" + project)));
	}

	@Test
	void holdsEveryExpertToItsLoadCapAndMinimisesTheMismatch() {
		String field = ReviewWorld.uniqueField();
		Program program = this.world.program("50000000.00");
		String callId = this.world.call(program);
		List<UUID> projects = List.of(this.world.projectUnderReview(callId, field),
				this.world.projectUnderReview(callId, field), this.world.projectUnderReview(callId, field));
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID third = UUID.randomUUID();
		this.world.register(expert(first, field), expert(second, field), expert(third, field),
				expert(UUID.randomUUID(), ReviewWorld.uniqueField()));

		Map<String, Object> review = this.world.openReview(Map.of("callId", callId, "reviewersPerProject", 2,
				"maxProjectsPerExpert", 2));

		assertThat(review).containsEntry("complete", true).containsEntry("totalMismatch", 0);
		assertThat(loads(review)).containsOnly(entry(first.toString(), 2L), entry(second.toString(), 2L),
				entry(third.toString(), 2L));
		assertThat(projects).allSatisfy((project) -> assertThat(reviewers(projectOf(review, project))).hasSize(2));

		String tighterCall = this.world.call(program);
		UUID one = this.world.projectUnderReview(tighterCall, field);
		UUID other = this.world.projectUnderReview(tighterCall, field);

		Map<String, Object> tighter = this.world.openReview(Map.of("callId", tighterCall, "reviewersPerProject", 2,
				"maxProjectsPerExpert", 1));

		assertThat(loads(tighter)).allSatisfy((expertId, load) -> assertThat(load).isEqualTo(1L))
			.containsKeys(first.toString(), second.toString(), third.toString());
		List<Map<String, Object>> assigned = List.of(one, other).stream()
			.flatMap((project) -> list(projectOf(tighter, project), "reviewers").stream())
			.toList();
		assertThat(assigned).hasSize(4);
		assertThat(assigned).filteredOn((reviewer) -> (int) reviewer.get("mismatch") == 1)
			.singleElement()
			.satisfies((reviewer) -> assertThat(reviewer).containsEntry("missingFields", List.of(field)));
		assertThat(tighter).containsEntry("totalMismatch", 1);
	}

	@Test
	void showsAnExpertOnlyItsOwnAssignmentsAndNoOtherPlanData() {
		String field = ReviewWorld.uniqueField();
		String callId = this.world.call(this.world.program("50000000.00"));
		UUID one = this.world.projectUnderReview(callId, field);
		UUID other = this.world.projectUnderReview(callId, field);
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		this.world.register(expert(alice, field), expert(bob, field));
		Map<String, Object> review = this.world.openReview(Map.of("callId", callId, "reviewersPerProject", 1,
				"maxProjectsPerExpert", 1));
		Object reviewId = review.get("id");
		String aliceProject = reviewers(projectOf(review, one)).contains(alice.toString()) ? one.toString()
				: other.toString();
		String bobProject = aliceProject.equals(one.toString()) ? other.toString() : one.toString();
		String aliceToken = ReviewWorld.expertToken(alice);

		Map<String, Object> page = this.world.get("/api/plan/reviews/assignments", aliceToken);

		assertThat(page).containsEntry("nextCursor", null);
		assertThat(list(page, "items")).singleElement().satisfies((assignment) -> {
			assertThat(assignment).containsEntry("reviewId", reviewId).containsEntry("projectId", aliceProject)
				.containsEntry("reviewStatus", "ASSIGNED").containsEntry("scoreSheet", null);
			assertThat(list(assignment, "criteria")).hasSize(4);
			@SuppressWarnings("unchecked")
			Map<String, Object> facts = (Map<String, Object>) assignment.get("project");
			assertThat(facts).containsKeys("reference", "title", "summary", "startDate", "endDate", "milestones")
				.containsEntry("fields", List.of(field)).containsEntry("durationMonths", 24)
				.containsEntry("budgetTotal", 1000000.00)
				.doesNotContainKeys("organisationId", "principalInvestigatorId", "teamMemberIds");
			assertThat(list(facts, "budgetLines")).hasSize(4);
			assertThat(list(facts, "milestones")).hasSize(2);
		});
		this.world.get("/api/plan/reviews/" + reviewId + "/assignments/" + aliceProject, aliceToken);
		this.http.get().uri("/api/plan/reviews/{id}/assignments/{project}", reviewId, bobProject)
			.headers((headers) -> headers.setBearerAuth(aliceToken))
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.world.score(reviewId, bobProject, alice, 80).expectStatus().isNotFound();
		this.world.score(UUID.randomUUID(), aliceProject, alice, 80).expectStatus().isNotFound();
		assertThat(list(this.world.get("/api/plan/reviews/assignments", ReviewWorld.expertToken(bob)), "items"))
			.extracting((assignment) -> assignment.get("projectId"))
			.containsExactly(bobProject);

		for (String uri : List.of("/api/plan/reviews/" + reviewId, "/api/plan/reviews/" + reviewId + "/ranking",
				"/api/plan/reviews", "/api/plan/projects", "/api/plan/projects/" + aliceProject,
				"/api/plan/projects/" + aliceProject + "/history", "/api/plan/calls", "/api/plan/calls/" + callId,
				"/api/plan/plans", "/api/plan/organisations")) {
			this.http.get().uri(uri)
				.headers((headers) -> headers.setBearerAuth(aliceToken))
				.exchange()
				.expectStatus().isForbidden();
		}
		this.http.post().uri("/api/plan/reviews/{id}/decisions", reviewId)
			.headers((headers) -> headers.setBearerAuth(aliceToken))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("fiscalYear", ReviewWorld.thisYear(), "approvals", List.of()))
			.exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/api/plan/public/calls/{id}", callId).exchange().expectStatus().isOk();
		this.http.get().uri("/api/plan/reviews/assignments")
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().roles("expert").build()))
			.exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/api/plan/reviews/assignments")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/api/plan/reviews/assignments").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void validatesScoreSheetsAndCompletesTheScoringWithTheLastOne() {
		String field = ReviewWorld.uniqueField();
		String callId = this.world.call(this.world.program("50000000.00"));
		UUID project = this.world.projectUnderReview(callId, field);
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		this.world.register(expert(alice, field), expert(bob, field));
		Object reviewId = this.world.openReview(Map.of("callId", callId, "reviewersPerProject", 2,
				"maxProjectsPerExpert", 1)).get("id");

		this.world.scoreSheet(reviewId, project, alice, Map.of("scores", Map.of("innovation", 101, "team", 50,
				"novelty", 5), "comment", "Too early"))
			.expectStatus().isEqualTo(422)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(4)
			.jsonPath("$.errors[0].field").isEqualTo("scores.innovation")
			.jsonPath("$.errors[0].code").isEqualTo("score-out-of-range")
			.jsonPath("$.errors[1].field").isEqualTo("scores.feasibility")
			.jsonPath("$.errors[1].code").isEqualTo("score-missing")
			.jsonPath("$.errors[2].field").isEqualTo("scores.budget")
			.jsonPath("$.errors[3].field").isEqualTo("scores.novelty")
			.jsonPath("$.errors[3].code").isEqualTo("unknown-criterion");
		this.world.scoreSheet(reviewId, project, alice, Map.of("scores", "excellent"))
			.expectStatus().isBadRequest();
		this.world.scoreSheet(reviewId, project, alice, Map.of("scores", Map.of("innovation", 80, "feasibility", 70,
				"team", 90, "budget", 60), "comment", "  Convincing pre-clinical data  "))
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.reviewStatus").isEqualTo("ASSIGNED")
			.jsonPath("$.scoreSheet.scores.innovation").isEqualTo(80)
			.jsonPath("$.scoreSheet.comment").isEqualTo("Convincing pre-clinical data")
			.jsonPath("$.scoreSheet.submittedAt").isNotEmpty();

		Map<String, Object> halfway = projectOf(this.world.get("/api/plan/reviews/" + reviewId,
				PlanFixtures.planOfficer()), project);
		assertThat(halfway).containsEntry("sheetsIn", 1).containsEntry("scored", false);
		assertThat(list(halfway, "reviewers"))
			.filteredOn((reviewer) -> alice.toString().equals(reviewer.get("expertId")))
			.singleElement()
			.satisfies((reviewer) -> assertThat(reviewer.get("sheetSubmittedAt")).isNotNull());

		this.world.score(reviewId, project, bob, 75).expectStatus().isOk()
			.expectBody().jsonPath("$.reviewStatus").isEqualTo("SCORED");
		this.world.score(reviewId, project, alice, 60).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.reviewStatus").isEqualTo("SCORED")
			.jsonPath("$.scoreSheet.scores.innovation").isEqualTo(60)
			.jsonPath("$.scoreSheet.comment").doesNotExist();
		this.http.get().uri("/api/plan/reviews/{id}", reviewId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"")
			.expectBody()
			.jsonPath("$.status").isEqualTo("SCORED")
			.jsonPath("$.projects[0].scored").isEqualTo(true);
		this.http.get().uri("/api/plan/reviews/{id}/history", reviewId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			.jsonPath("$[1].action").isEqualTo("score")
			.jsonPath("$[1].fromStatus").isEqualTo("ASSIGNED")
			.jsonPath("$[1].toStatus").isEqualTo("SCORED")
			.jsonPath("$[1].actor").isEqualTo("expert-" + bob + " via test-client");
	}

	@Test
	void refusesReviewsThatCannotBeOpenedWithTheStatusThatSaysWhy() {
		Program program = this.world.program("50000000.00");
		String callId = this.world.call(program);
		Map<String, Object> valid = Map.of("callId", callId, "reviewersPerProject", 2, "maxProjectsPerExpert", 3);

		open(null, valid).expectStatus().isUnauthorized();
		open(ProjectWorld.applicant(this.world.organisation()), valid).expectStatus().isForbidden();
		open(ReviewWorld.expertToken(UUID.randomUUID()), valid).expectStatus().isForbidden();
		open(PlanFixtures.tokenFor("auditor"), valid).expectStatus().isForbidden();
		Map<String, Object> noK = new HashMap<>(valid);
		noK.remove("reviewersPerProject");
		open(PlanFixtures.planOfficer(), noK).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("reviewersPerProject");
		open(PlanFixtures.planOfficer(), Map.of("callId", UUID.randomUUID(), "reviewersPerProject", 2,
				"maxProjectsPerExpert", 3, "criteria", List.of(Map.of("code", "innovation", "weight", 50),
						Map.of("code", "innovation", "weight", 40))))
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("criteria[1].code")
			.jsonPath("$.errors[0].code").isEqualTo("duplicate")
			.jsonPath("$.errors[1].code").isEqualTo("weights-sum");
		open(PlanFixtures.planOfficer(), Map.of("callId", UUID.randomUUID(), "reviewersPerProject", 2,
				"maxProjectsPerExpert", 3))
			.expectStatus().isNotFound();
		String elsewhere = TestTokens.shared().token().roles("plan-officer").jurisdiction("440300").build();
		open(elsewhere, valid).expectStatus().isNotFound();
		open(PlanFixtures.planOfficer(), valid).expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("callId")
			.jsonPath("$.errors[0].code").isEqualTo("no-project-awaiting-review");
		this.world.application(callId, this.world.organisation(), UUID.randomUUID(), List.of(), "drafted");
		open(PlanFixtures.planOfficer(), valid).expectStatus().isEqualTo(422);
	}

	private WebTestClient.ResponseSpec open(String token, Map<String, Object> body) {
		return this.http.post().uri("/api/plan/reviews")
			.headers((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> json, String member) {
		return (List<Map<String, Object>>) json.get(member);
	}

	/** The review's entry for a project. */
	static Map<String, Object> projectOf(Map<String, Object> review, UUID projectId) {
		return list(review, "projects").stream()
			.filter((project) -> projectId.toString().equals(project.get("projectId")))
			.findFirst()
			.orElseThrow();
	}

	static List<String> reviewers(Map<String, Object> project) {
		return list(project, "reviewers").stream().map((reviewer) -> (String) reviewer.get("expertId")).toList();
	}

	/** Each excluded expert with its reasons, as {@code KIND:subjectId}. */
	private static Map<String, List<String>> exclusions(Map<String, Object> project) {
		return list(project, "exclusions").stream()
			.collect(Collectors.toMap((exclusion) -> (String) exclusion.get("expertId"),
					(exclusion) -> list(exclusion, "conflicts").stream()
						.map((conflict) -> conflict.get("kind") + ":" + conflict.get("subjectId"))
						.toList()));
	}

	/** How many projects each expert reviews. */
	private static Map<String, Long> loads(Map<String, Object> review) {
		return list(review, "projects").stream()
			.flatMap((project) -> reviewers(project).stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

}
