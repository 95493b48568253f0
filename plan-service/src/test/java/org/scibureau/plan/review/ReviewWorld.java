package org.scibureau.plan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import org.scibureau.plan.PlanClient;
import org.scibureau.plan.PlanFixtures;
import org.scibureau.plan.project.ProjectWorld;
import org.scibureau.platform.events.talent.ExpertRegistered;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.test.events.KafkaTestProducer;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Builds what a review needs as the bureau would: a published plan whose program has a given annual ceiling, calls
 * under that program, organisations and applications over the API; experts and integrity sanctions through
 * talent-service's events; applications are submitted and pass their formal check as applicant and officer do,
 * and only the earlier projects of a collaboration history are written by SQL ({@link #backdate}).
 */
final class ReviewWorld implements AutoCloseable {

	static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	private final WebTestClient http;

	private final DatabaseClient database;

	private final ProjectWorld projects;

	private final KafkaTestProducer producer;

	ReviewWorld(WebTestClient http, DatabaseClient database, String bootstrapServers) {
		this.http = http;
		this.database = database;
		this.projects = new ProjectWorld(http);
		this.producer = KafkaTestProducer.of(bootstrapServers);
	}

	/** This fiscal year, in the bureau's calendar. */
	static int thisYear() {
		return LocalDate.now(BUREAU_ZONE).getYear();
	}

	/** A field of research no other test uses, so that only this test's experts match it. */
	static String uniqueField() {
		return "field-" + UUID.randomUUID();
	}

	static String expertToken(UUID expertId) {
		return TestTokens.shared().token().roles("expert").talentId(expertId.toString())
			.jurisdiction(PlanFixtures.CHENGDU).subject("expert-" + expertId).build();
	}

	/** The first program of a newly published Chengdu plan, with the given annual budget ceiling. */
	Program program(String annualBudgetCeiling) {
		return program(annualBudgetCeiling, PlanFixtures.CHENGDU);
	}

	/** The first program of a newly published plan of a division, with the given annual budget ceiling. */
	Program program(String annualBudgetCeiling, String jurisdiction) {
		PlanClient.PublishedProgram program = new PlanClient(this.http)
			.publishedProgram(new BigDecimal(annualBudgetCeiling), jurisdiction);
		return new Program(program.planId(), program.programId());
	}

	/** A call under the program, open for submissions: waits until the call schedule has opened it. */
	String call(Program program) {
		Instant now = Instant.now();
		String callId = (String) this.projects.post("/api/plan/calls", PlanFixtures.planOfficer(), Map.of("programId",
				program.programId(), "title", PlanFixtures.uniqueTitle("Review call"), "description",
				"Biomedicine projects", "opensAt", now.minusSeconds(60).toString(), "closesAt",
				now.plus(Duration.ofDays(30)).toString())).get("id");
		await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN"
			.equals(this.projects.get("/api/plan/calls/" + callId, PlanFixtures.planOfficer()).get("status")));
		return callId;
	}

	String organisation() {
		return this.projects.organisation();
	}

	/**
	 * A draft application of the organisation to the call, requesting 1,000,000.00 CNY.
	 * @return the project's id
	 */
	UUID application(String callId, String organisationId, UUID principalInvestigator, List<UUID> team,
			String... fields) {
		Map<String, Object> body = ProjectWorld.application(callId, principalInvestigator);
		body.put("teamMemberIds", team.stream().map(UUID::toString).toList());
		body.put("fields", Arrays.asList(fields));
		return UUID.fromString((String) this.projects
			.post("/api/plan/projects", ProjectWorld.applicant(organisationId), body)
			.get("id"));
	}

	/** An application of a new organisation to the call, put under review: it matches the fields only. */
	UUID projectUnderReview(String callId, String... fields) {
		String organisationId = organisation();
		UUID project = application(callId, organisationId, UUID.randomUUID(), List.of(), fields);
		putUnderReview(project, organisationId);
		return project;
	}

	/** Submits the organisation's application and passes its formal check, as applicant and officer do. */
	void putUnderReview(UUID projectId, String organisationId) {
		String id = projectId.toString();
		this.projects.act(id, "submission", ProjectWorld.applicant(organisationId), null);
		this.projects.act(id, "formal-check", PlanFixtures.planOfficer(), null);
		this.projects.act(id, "formal-check-pass", PlanFixtures.planOfficer(), null);
	}

	/**
	 * Writes an earlier project of the collaboration history: a state past draft, as submitted at an instant in the
	 * past, which no request can produce.
	 */
	void backdate(UUID projectId, String status, Instant submittedAt) {
		StepVerifier.create(this.database.sql("""
				update project set status = :status, submitted_at = :submittedAt, application_year = :year
				where id = :id""")
			.bind("id", projectId)
			.bind("status", status)
			.bind("submittedAt", submittedAt)
			.bind("year", submittedAt.atZone(BUREAU_ZONE).getYear())
			.fetch()
			.rowsUpdated())
			.expectNext(1L)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	/** An available expert of an organisation of its own, without declared conflicts. */
	static ExpertRegistered expert(UUID id, String... fields) {
		return new ExpertRegistered(UUID.randomUUID(), Instant.now(), id, UUID.randomUUID(), List.of(fields),
				List.of(), List.of(), true, null, PlanFixtures.CHENGDU);
	}

	/** Registers the experts through talent-service's events and waits until the talent pool knows them all. */
	void register(ExpertRegistered... experts) {
		Arrays.stream(experts).forEach(this.producer::send);
		List<UUID> ids = Arrays.stream(experts).map(ExpertRegistered::expertId).toList();
		await().atMost(EVENTUALLY).untilAsserted(() -> StepVerifier.create(this.database
			.sql("select count(*) as n from expert_ref where expert_id = any(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row) -> row.get("n", Long.class))
			.one())
			.assertNext((count) -> assertThat(count).isEqualTo(ids.size()))
			.expectComplete()
			.verify(Duration.ofSeconds(10)));
	}

	/** Imposes an integrity sanction in force from yesterday for a year, and waits until plan-service knows it. */
	void sanction(UUID researcher, boolean barsReviewing) {
		UUID sanction = UUID.randomUUID();
		LocalDate today = LocalDate.now(BUREAU_ZONE);
		this.producer.send(new IntegritySanctionImposed(UUID.randomUUID(), Instant.now(), sanction, researcher,
				"PLAGIARISM", List.of("REMOVAL_FROM_ROLES"),
				new IntegritySanctionImposed.Scope(false, false, false, false, barsReviewing), today.minusDays(1),
				today.plusYears(1), PlanFixtures.CHENGDU));
		await().atMost(EVENTUALLY).untilAsserted(() -> StepVerifier.create(this.database
			.sql("select count(*) as n from integrity_sanction where sanction_id = :id")
			.bind("id", sanction)
			.map((row) -> row.get("n", Long.class))
			.one())
			.expectNext(1L)
			.expectComplete()
			.verify(Duration.ofSeconds(10)));
	}

	/** Opens a review as a plan officer, expecting it to succeed. */
	Map<String, Object> openReview(Map<String, Object> body) {
		return this.projects.post("/api/plan/reviews", PlanFixtures.planOfficer(), body);
	}

	Map<String, Object> get(String uri, String token) {
		return this.projects.get(uri, token);
	}

	/** Submits the same score on every default criterion as the expert. */
	WebTestClient.ResponseSpec score(Object reviewId, Object projectId, UUID expertId, int score) {
		return scoreSheet(reviewId, projectId, expertId, Map.of("scores", Map.of("innovation", score, "feasibility",
				score, "team", score, "budget", score)));
	}

	WebTestClient.ResponseSpec scoreSheet(Object reviewId, Object projectId, UUID expertId, Object body) {
		return this.http.put().uri("/api/plan/reviews/{reviewId}/assignments/{projectId}/score-sheet", reviewId,
				projectId)
			.headers((headers) -> headers.setBearerAuth(expertToken(expertId)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	WebTestClient.ResponseSpec decide(Object reviewId, String ifMatch, Object body) {
		return this.http.post().uri("/api/plan/reviews/{id}/decisions", reviewId)
			.headers((headers) -> {
				headers.setBearerAuth(PlanFixtures.planOfficer());
				if (ifMatch != null) {
					headers.set(HttpHeaders.IF_MATCH, ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** Asserts the project's state and approved amount as stored. */
	void assertProject(UUID projectId, String status, BigDecimal approvedAmount) {
		StepVerifier.create(this.database.sql("select status, approved_amount from project where id = :id")
			.bind("id", projectId)
			.fetch()
			.one())
			.assertNext((row) -> {
				assertThat(row.get("status")).isEqualTo(status);
				assertThat((BigDecimal) row.get("approved_amount")).isEqualByComparingTo(approvedAmount);
			})
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	/** Asserts the project's state as stored, before any approval. */
	void assertProject(UUID projectId, String status) {
		StepVerifier.create(this.database.sql("select status, approved_amount from project where id = :id")
			.bind("id", projectId)
			.fetch()
			.one())
			.assertNext((row) -> assertThat(row).containsEntry("status", status).containsEntry("approved_amount", null))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	/** Asserts what the program approved in the fiscal year, as stored. */
	void assertApprovedFor(Program program, int fiscalYear, String total) {
		StepVerifier.create(this.database.sql("""
				select coalesce(sum(approved_amount), 0) as total from project
				where program_id = :programId and fiscal_year = :fiscalYear""")
			.bind("programId", UUID.fromString(program.programId()))
			.bind("fiscalYear", fiscalYear)
			.map((row) -> row.get("total", BigDecimal.class))
			.one())
			.assertNext((approved) -> assertThat(approved).isEqualByComparingTo(total))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Override
	public void close() {
		this.producer.close();
	}

	/**
	 * A published plan and its program.
	 *
	 * @param planId the plan
	 * @param programId the program
	 */
	record Program(String planId, String programId) {
	}

}
