package org.scibureau.local.e2e;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.local.seed.CallSeed;
import org.scibureau.local.seed.DemoApplications;
import org.scibureau.local.seed.DemoData;
import org.scibureau.local.seed.DemoDirectory;
import org.scibureau.local.seed.ProjectSeed;
import org.scibureau.local.token.TokenClaims;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scibureau.local.e2e.GatewayCalls.act;
import static org.scibureau.local.e2e.GatewayCalls.get;
import static org.scibureau.local.e2e.GatewayCalls.publishPlan;
import static org.scibureau.local.e2e.GatewayCalls.scheduleCallOpeningNow;
import static org.scibureau.local.e2e.GatewayCalls.send;
import static org.scibureau.local.e2e.GatewayCalls.text;
import static org.awaitility.Awaitility.await;

/**
 * The application lifecycle across processes, through the gateway with each role's token: a call opened by the call
 * schedule, an application drafted, checked for eligibility and submitted by a demo organisation's applicant, the
 * formal check and the expert review run by a plan officer, score sheets submitted by the demo experts assigned, and
 * the decision that approves the project, which plan-service announces on Kafka. Also that the demo data left
 * applications in every state up to a decision, and one open and one decided review.
 */
class ApplicationLifecycleEndToEndTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PROJECT_TOPIC = "scibureau.plan.project.v1";

	private static final String PROJECT_APPROVED = "org.scibureau.plan.project.approved.v1";

	/** Fields that the demo experts expert1 and expert2 cover best together, each half of them. */
	private static final List<String> FIELDS = List.of("生物医药", "医疗器械", "生物医学工程", "人工智能", "电子信息", "数字经济");

	private static Platform platform;

	private static DemoDirectory directory;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		directory = platform.demoDirectory();
	}

	@Test
	void aCallIsAppliedToCheckedReviewedAndItsProjectApprovedThroughTheGateway() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		int year = LocalDate.now(Clock.system(DemoData.BUREAU_TIME_ZONE)).getYear();
		WebTestClient officer = platform.client(TokenClaims.roles("plan-officer").withSubject("e2e-plan-officer"));
		DemoDirectory.Organisation hospital = directory.organisation("west-china-hospital");
		WebTestClient applicant = platform.client(TokenClaims.roles("applicant")
			.withJurisdiction(hospital.jurisdiction())
			.withOrg(hospital.id().toString())
			.withSubject("e2e-applicant"));

		String programId = publishPlan(officer, run, year);
		String callId = scheduleCallOpeningNow(officer, programId, run);
		await("the call schedule to open the call").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> "OPEN".equals(text(get(officer, "/api/plan/calls/" + callId), "status")));

		JsonNode draft = send(applicant, "POST", "/api/plan/projects", application(callId, run, year), null,
				HttpStatus.CREATED);
		String projectId = text(draft, "id");
		String path = "/api/plan/projects/" + projectId;
		assertThat(text(draft, "status")).isEqualTo("DRAFT");
		assertThat(draft.path("budget").path("total").decimalValue()).isEqualByComparingTo("1500000.00");
		assertEligibleInBothLanguages(applicant, callId, projectId);

		JsonNode submitted = act(applicant, path, "submission", draft);
		assertThat(text(submitted, "status")).isEqualTo("SUBMITTED");
		JsonNode inCheck = act(officer, path, "formal-check", submitted);
		JsonNode awaitingReview = act(officer, path, "formal-check-pass", inCheck);
		assertThat(text(awaitingReview, "status")).isEqualTo("EXPERT_REVIEW");

		JsonNode review = send(officer, "POST", "/api/plan/reviews",
				Map.of("callId", callId, "reviewersPerProject", 2, "maxProjectsPerExpert", 5), null, HttpStatus.CREATED);
		String reviewId = text(review, "id");
		Set<String> experts = Set.of(talentId("expert1"), talentId("expert2"));
		assertThat(review.path("projects").valueStream()).singleElement().satisfies((project) -> {
			assertThat(text(project, "projectId")).isEqualTo(projectId);
			assertThat(project.path("reviewers").valueStream().map((reviewer) -> text(reviewer, "expertId")))
				.containsExactlyInAnyOrderElementsOf(experts);
		});

		for (String expertId : experts) {
			scoreAsExpert(expertId, reviewId, projectId, run);
		}
		assertTheRestIsHiddenFromExperts(reviewId, projectId, path);

		JsonNode ranking = get(officer, "/api/plan/reviews/" + reviewId + "/ranking?fiscalYear=" + year);
		assertThat(ranking.path("pending").valueStream()).isEmpty();
		assertThat(ranking.path("ranking").valueStream()).singleElement().satisfies((ranked) -> {
			assertThat(text(ranked, "projectId")).isEqualTo(projectId);
			assertThat(ranked.path("score").decimalValue()).isBetween(new BigDecimal("80"), new BigDecimal("90"));
		});
		JsonNode decided = send(officer, "POST", "/api/plan/reviews/" + reviewId + "/decisions",
				Map.of("fiscalYear", year, "approvals", List.of(Map.of("projectId", projectId, "approvedBudget",
						new BigDecimal("1500000.00")))),
				get(officer, "/api/plan/reviews/" + reviewId), HttpStatus.OK);
		assertThat(text(decided, "status")).isEqualTo("DECIDED");

		JsonNode approved = get(officer, path);
		assertThat(text(approved, "status")).isEqualTo("APPROVED");
		assertThat(approved.path("approval").path("budget").decimalValue()).isEqualByComparingTo("1500000.00");
		// funding-service's answer to the approval may already follow: no fund pays for this run's program.
		assertThat(get(officer, path + "/history").valueStream().map((entry) -> text(entry, "action") + " by "
				+ text(entry, "actor"))).startsWith("create by e2e-applicant via scibureau-cli",
						"submit by e2e-applicant via scibureau-cli", "start-formal-check by e2e-plan-officer via scibureau-cli",
						"pass-formal-check by e2e-plan-officer via scibureau-cli",
						"approve by e2e-plan-officer via scibureau-cli");
		assertProjectApprovedOnKafka(projectId, year);
	}

	@ParameterizedTest
	@ValueSource(strings = { "DRAFT", "SUBMITTED", "FORMAL_CHECK", "RETURNED", "WITHDRAWN", "EXPERT_REVIEW", "APPROVED",
			"REJECTED", "CONTRACTED", "IN_PROGRESS", "MIDTERM_CHECKED", "ACCEPTANCE_REQUESTED", "ACCEPTED",
			"FAILED_ACCEPTANCE", "CLOSED", "SUSPENDED", "TERMINATED" })
	void theDemoLeftProjectsInEveryState(String status) {
		// Drafts are their organisation's only: the Institute of Optics and Electronics drafts ahead of a call.
		DemoDirectory.Organisation optics = directory.organisation("cas-optics-electronics");
		WebTestClient reader = status.equals("DRAFT") ? platform.client(TokenClaims.roles("applicant")
			.withJurisdiction(optics.jurisdiction())
			.withOrg(optics.id().toString())) : platform.client("plan-officer");
		List<String> demoTitles = DemoApplications.projects(Clock.systemUTC()).stream().map(ProjectSeed::title).toList();

		JsonNode page = get(reader, "/api/plan/projects?status=" + status + "&limit=500");

		assertThat(page.path("items").valueStream().map((project) -> text(project, "title")))
			.containsAnyElementsOf(demoTitles);
		assertThat(page.path("items").valueStream().map((project) -> text(project, "status"))).containsOnly(status);
	}

	@Test
	void theDemoHasAnOpenReviewWithSheetsMissingAndADecidedOne() {
		WebTestClient officer = platform.client("plan-officer");

		JsonNode open = demoReview(officer, DemoData.BIOMEDICINE_CALL);
		JsonNode decided = demoReview(officer, DemoData.AI_CALL);

		assertThat(text(open, "status")).isEqualTo("ASSIGNED");
		assertThat(open.path("projects").valueStream().flatMap((project) -> project.path("reviewers").valueStream()))
			.anySatisfy((reviewer) -> assertThat(text(reviewer, "expertId")).isEqualTo(talentId("expert1")))
			.allSatisfy((reviewer) -> assertThat(reviewer.path("sheetSubmittedAt").isString())
				.isEqualTo(text(reviewer, "expertId").equals(talentId("expert1"))));
		assertThat(text(decided, "status")).isEqualTo("DECIDED");
		assertThat(decided.path("decision").path("approvals").valueStream()).hasSize(1);
		assertThat(decided.path("projects").valueStream().map((project) -> text(project, "status")))
			.containsExactlyInAnyOrder("APPROVED", "REJECTED");
	}

	private Map<String, Object> application(String callId, String run, int year) {
		LocalDate start = LocalDate.of(year + 1, 1, 1);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("callId", callId);
		body.put("title", "AI-assisted wearable ECG with a regional digital health platform " + run);
		body.put("summary", "A wearable ECG patch whose recordings a regional platform screens with a validated "
				+ "arrhythmia model, so that county hospitals in Sichuan can follow patients after cardiac surgery.");
		body.put("fields", FIELDS);
		body.put("principalInvestigatorId", talentId("zhou-min"));
		body.put("teamMemberIds", List.of());
		body.put("durationMonths", 24);
		body.put("startDate", start.toString());
		body.put("budget", Map.of("lines",
				List.of(line("EQUIPMENT", "200000.00"), line("MATERIALS", "400000.00"), line("TESTING", "300000.00"),
						line("PERSONNEL", "350000.00"), line("INDIRECT", "250000.00"))));
		body.put("milestones", List.of(Map.of("title", "Platform in two county hospitals", "dueDate",
				start.plusMonths(12).minusDays(1).toString(), "deliverable", "The platform in daily use."),
				Map.of("title", "Validation completed", "dueDate", start.plusMonths(24).minusDays(1).toString(),
						"deliverable", "Validation report on 800 patients.")));
		return body;
	}

	private static Map<String, Object> line(String category, String amount) {
		return Map.of("category", category, "description", category.toLowerCase(), "amount", new BigDecimal(amount));
	}

	/** The check answers every rule in English and Chinese, for the draft and for a larger request. */
	private void assertEligibleInBothLanguages(WebTestClient applicant, String callId, String projectId) {
		String check = "/api/plan/calls/" + callId + "/eligibility-check";
		JsonNode eligible = send(applicant, "POST", check, Map.of("projectId", projectId), null, HttpStatus.OK);
		assertThat(eligible.path("eligible").booleanValue()).isTrue();
		assertThat(eligible.path("acceptsSubmissions").booleanValue()).isTrue();
		assertThat(eligible.path("results").valueStream().map((result) -> text(result, "kind")))
			.containsExactly("organisation-type", "max-amount", "max-duration", "no-active-sanction");
		assertThat(eligible.path("results").valueStream()).allSatisfy((result) -> {
			assertThat(result.path("passed").booleanValue()).isTrue();
			assertBilingual(result.path("description"));
			assertBilingual(result.path("reason"));
		});

		JsonNode tooMuch = send(applicant, "POST", check,
				Map.of("projectId", projectId, "requestedAmount", new BigDecimal("2500000.00")), null, HttpStatus.OK);
		assertThat(tooMuch.path("eligible").booleanValue()).isFalse();
		assertThat(tooMuch.path("results").valueStream().filter((result) -> !result.path("passed").booleanValue()))
			.singleElement()
			.satisfies((failed) -> {
				assertThat(text(failed, "kind")).isEqualTo("max-amount");
				assertBilingual(failed.path("reason"));
			});
	}

	private static void assertBilingual(JsonNode text) {
		assertThat(text(text, "en")).isNotBlank().containsPattern("[A-Za-z]{3}");
		assertThat(text(text, "zh-CN")).isNotBlank().containsPattern("\\p{IsHan}").isNotEqualTo(text(text, "en"));
	}

	/** The expert sees its assignment, without who applied, and submits its score sheet. */
	private void scoreAsExpert(String expertId, String reviewId, String projectId, String run) {
		WebTestClient expert = platform.client(TokenClaims.roles("expert").withTalentId(expertId));
		JsonNode assignments = get(expert, "/api/plan/reviews/assignments?limit=500");
		assertThat(assignments.path("items").valueStream().filter((item) -> text(item, "reviewId").equals(reviewId)))
			.singleElement()
			.satisfies((assignment) -> {
				assertThat(text(assignment, "projectId")).isEqualTo(projectId);
				assertThat(text(assignment.path("project"), "title")).endsWith(run);
				assertThat(assignment.path("project").has("organisationId")).isFalse();
			});
		JsonNode scored = send(expert, "PUT", "/api/plan/reviews/" + reviewId + "/assignments/" + projectId
				+ "/score-sheet", Map.of("scores", Map.of("innovation", 88, "feasibility", 82, "team", 90, "budget", 80),
						"comment", "A clear clinical need and a credible path to use in county hospitals."),
				null, HttpStatus.OK);
		assertThat(scored.path("scoreSheet").path("scores").path("team").asInt()).isEqualTo(90);
	}

	/** Experts see nothing else: not the project itself, nor an assignment that is not theirs. */
	private void assertTheRestIsHiddenFromExperts(String reviewId, String projectId, String projectPath) {
		WebTestClient expert1 = platform.client(TokenClaims.roles("expert").withTalentId(talentId("expert1")));
		expert1.get().uri(projectPath).exchange().expectStatus().isForbidden();
		WebTestClient notAssigned = platform.client(TokenClaims.roles("expert").withTalentId(talentId("wu-hao")));
		notAssigned.get()
			.uri("/api/plan/reviews/" + reviewId + "/assignments/" + projectId)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(get(notAssigned, "/api/plan/reviews/assignments?limit=500").path("items").valueStream()
			.map((item) -> text(item, "reviewId"))).doesNotContain(reviewId);
	}

	private void assertProjectApprovedOnKafka(String projectId, int year) {
		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(platform.kafka(), PROJECT_TOPIC)) {
			ConsumerRecord<String, byte[]> record = consumer.awaitRecord(
					(candidate) -> projectId.equals(candidate.key())
							&& PROJECT_APPROVED.equals(KafkaTestConsumer.header(candidate, "ce_type")),
					Duration.ofSeconds(60));
			String value = String.valueOf(KafkaTestConsumer.value(record));
			EventSchemas.assertValid(PROJECT_APPROVED, value);
			JsonNode event = JSON.readTree(value);
			assertThat(text(event, "projectId")).isEqualTo(projectId);
			assertThat(event.path("approvedAmount").decimalValue()).isEqualByComparingTo("1500000.00");
			assertThat(event.path("fiscalYear").asInt()).isEqualTo(year);
			assertThat(text(event, "status")).isEqualTo("APPROVED");
		}
	}

	private JsonNode demoReview(WebTestClient officer, String callKey) {
		CallSeed seed = DemoData.calls(Clock.systemUTC())
			.stream()
			.filter((call) -> call.key().equals(callKey))
			.findFirst()
			.orElseThrow();
		String callId = get(officer, "/api/plan/calls?limit=500").path("items")
			.valueStream()
			.filter((call) -> text(call, "title").equals(seed.title()))
			.map((call) -> text(call, "id"))
			.findFirst()
			.orElseThrow();
		JsonNode reviews = get(officer, "/api/plan/reviews?callId=" + callId);
		assertThat(reviews.path("items").valueStream()).as("the demo reviews of " + callKey).hasSize(1);
		return reviews.path("items").get(0);
	}

	private static String talentId(String key) {
		return directory.talent(key).id().toString();
	}

}
