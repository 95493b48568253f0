package org.scibureau.plan.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.events.Tranche;
import org.scibureau.platform.events.funding.AllocationRejected;
import org.scibureau.platform.events.funding.FundsCommitted;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.events.KafkaTestProducer;
import org.scibureau.platform.test.spring.RealInfrastructure;

/**
 * The lifecycle over HTTP with role tokens: submission with its eligibility, formal check, approval, funding-service's
 * answers (published here as funding-service publishes them), execution to closure, sanctions; every transition's
 * event checked on Kafka against its schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "scibureau.plan.call-schedule.interval=300ms")
@RealInfrastructure(database = "plan")
class ProjectLifecycleIntegrationTests {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> HISTORY =
			new ParameterizedTypeReference<>() {
			};

	private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

	WebTestClient http;

	ProjectWorld world;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	DatabaseClient database;

	@Autowired
	SanctionEffects sanctions;

	KafkaTestConsumer projectEvents;

	KafkaTestProducer funding;

	String organisationId;

	String applicant;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.world = new ProjectWorld(this.http);
	}

	@BeforeEach
	void setUp() {
		// The lifecycle runs in minutes, not years: no public notice before the contract, and a mid-term check at any
		// point of the project. Recorded as an administrator would have days ago; the API takes only future days.
		inForceSinceYesterday("project-publicity-period", "{\"days\": 0}");
		inForceSinceYesterday("project-midterm-check", "{\"earliestPercent\": 0, \"requiredFromMonths\": 24}");
		this.organisationId = this.world.organisation();
		this.applicant = ProjectWorld.applicant(this.organisationId);
		this.projectEvents = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.PROJECT);
		this.funding = KafkaTestProducer.of(this.bootstrapServers);
	}

	private void inForceSinceYesterday(String rule, String value) {
		StepVerifier.create(this.database.sql("insert into platform.rule_version"
				+ " (rule, effective_from, value, reason, recorded_by, recorded_at)"
				+ " values (:rule, :day, cast(:value as jsonb), 'lifecycle test', 'test', now()) on conflict do nothing")
			.bind("rule", rule)
			.bind("day", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1))
			.bind("value", value)
			.then()).verifyComplete();
	}

	@AfterEach
	void tearDown() {
		this.projectEvents.close();
		this.funding.close();
	}

	@Test
	@SuppressWarnings("unchecked")
	void takesAnApplicationFromSubmissionThroughFundingToClosure() {
		String callId = this.world.openCall();
		String id = draft(callId, UUID.randomUUID());
		String officer = PlanFixtures.planOfficer();

		assertThat(this.world.act(id, "submission", this.applicant, null)).containsEntry("status", "SUBMITTED")
			.containsEntry("allowedActions", List.of("withdraw"));
		assertThat(event(id, "submitted")).containsEntry("submission", 1).containsEntry("requestedAmount", 1000000.0);
		this.world.act(id, "formal-check", officer, null);
		event(id, "formal-check-started");
		this.world.act(id, "return", officer, Map.of("reason", "Add the ethics approval"));
		assertThat(event(id, "returned")).containsEntry("reason", "Add the ethics approval");
		this.world.act(id, "submission", this.applicant, null);
		assertThat(event(id, "submitted", 2)).containsEntry("submission", 2);
		this.world.act(id, "formal-check", officer, null);
		this.world.act(id, "formal-check-pass", officer, null);
		event(id, "review-started");

		Map<String, Object> approved = this.world.act(id, "approval", officer,
				Map.of("approvedBudget", 800000.00, "fiscalYear", THIS_YEAR));
		assertThat(approved).containsEntry("status", "APPROVED");
		Map<String, Object> approvedEvent = event(id, "approved");
		assertThat(approvedEvent).containsEntry("approvedAmount", 800000.0).containsEntry("fundingAttempt", 1);
		List<Map<String, Object>> tranches = (List<Map<String, Object>>) approvedEvent.get("tranches");
		assertThat(tranches).extracting((tranche) -> tranche.get("trigger"))
			.containsExactly("CONTRACT_SIGNED", "MILESTONE_ACCEPTED", "PROJECT_ACCEPTED");
		assertThat(tranches).extracting((tranche) -> new BigDecimal(tranche.get("amount").toString()))
			.containsExactly(new BigDecimal("320000.0"), new BigDecimal("320000.0"), new BigDecimal("160000.0"));

		Map<String, Object> project = this.world.get("/api/plan/projects/" + id, officer);
		this.funding.send(rejected(project, 1));
		await().atMost(Duration.ofSeconds(60)).until(() -> "REJECTED"
			.equals(((Map<String, Object>) this.world.get("/api/plan/projects/" + id, officer).get("funding")).get("outcome")));
		Map<String, Object> afterRejection = this.world.get("/api/plan/projects/" + id, officer);
		assertThat(afterRejection).containsEntry("status", "APPROVED")
			.containsEntry("allowedActions", List.of("resubmit-for-funding", "terminate"));
		assertThat((Map<String, Object>) afterRejection.get("funding")).containsEntry("rejectionReason",
				"INSUFFICIENT_FUNDS");
		this.http.post().uri("/api/plan/projects/{id}/contract", id)
			.headers((headers) -> headers.setBearerAuth(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("contractNumber", "CD-2026-0001", "signedOn", LocalDate.now().toString()))
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.currentState").isEqualTo("APPROVED")
			.jsonPath("$.allowedActions[0]").isEqualTo("resubmit-for-funding");

		this.world.act(id, "funding-request", officer, null);
		assertThat(event(id, "funding-requested")).containsEntry("fundingAttempt", 2);
		this.funding.send(committed(project, 1));
		this.funding.send(committed(project, 2));
		await().atMost(Duration.ofSeconds(60)).until(() -> "COMMITTED"
			.equals(((Map<String, Object>) this.world.get("/api/plan/projects/" + id, officer).get("funding")).get("outcome")));

		this.world.act(id, "contract", officer, Map.of("contractNumber", "CD-2026-0001", "signedOn",
				LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
		assertThat(event(id, "contracted")).containsEntry("contractNumber", "CD-2026-0001");
		this.world.act(id, "start", this.applicant, null);
		event(id, "started");
		List<Map<String, Object>> milestones = (List<Map<String, Object>>) project.get("milestones");
		for (Map<String, Object> milestone : milestones) {
			String path = "milestones/" + milestone.get("id");
			this.world.act(id, path + "/report", this.applicant, Map.of("report", "Done: " + milestone.get("title")));
			this.world.act(id, path + "/acceptance", officer, null);
			assertThat(event(id, "milestone-accepted", milestones.indexOf(milestone) + 1)).containsEntry("milestoneId",
					milestone.get("id"));
		}
		this.world.act(id, "midterm-check", officer, Map.of("result", "PASSED", "remarks", "On track"));
		event(id, "midterm-checked");
		this.world.act(id, "acceptance-request", this.applicant, null);
		event(id, "acceptance-requested");
		this.world.act(id, "acceptance", officer, null);
		event(id, "accepted");
		assertThat(this.world.act(id, "closure", officer, null)).containsEntry("status", "CLOSED")
			.containsEntry("allowedActions", List.of());
		event(id, "closed");

		List<Map<String, Object>> history = this.http.get().uri("/api/plan/projects/{id}/history", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody(HISTORY)
			.returnResult()
			.getResponseBody();
		assertThat(history).extracting((entry) -> entry.get("action")).contains("create", "submit",
				"record-allocation-rejected", "record-funds-committed", "close");
		assertThat(history).filteredOn((entry) -> "record-funds-committed".equals(entry.get("action")))
			.singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("actor", "funding-service"));
	}

	@Test
	void refusesASubmissionReportingEveryFailedRuleAtOnce() {
		String callId = this.world.openCall(List.of(Map.of("kind", "max-amount", "amount", 500000.00),
				Map.of("kind", "max-duration", "months", 12), Map.of("kind", "no-active-sanction")));
		Map<String, Object> body = ProjectWorld.application(callId, UUID.randomUUID());
		body.put("milestones", List.of());
		String id = (String) this.world.post("/api/plan/projects", this.applicant, body).get("id");

		this.http.post().uri("/api/plan/projects/{id}/submission", id)
			.headers((headers) -> headers.setBearerAuth(this.applicant))
			.header("Accept-Language", "zh-CN")
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(3)
			.jsonPath("$.errors[?(@.field == 'requestedAmount')].code").isEqualTo("max-amount")
			.jsonPath("$.errors[?(@.field == 'durationMonths')].code").isEqualTo("max-duration")
			.jsonPath("$.errors[?(@.field == 'milestones')]").exists();
		this.projectEvents.assertNoRecord((record) -> record.key().equals(id), Duration.ofSeconds(2));
	}

	@Test
	void refusesASubmissionOnceTheCallHasClosed() {
		String callId = this.world.openCall();
		String id = draft(callId, UUID.randomUUID());
		this.http.post().uri("/api/plan/calls/{id}/closing", callId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk();

		this.http.post().uri("/api/plan/projects/{id}/submission", id)
			.headers((headers) -> headers.setBearerAuth(this.applicant))
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("call-not-open");
	}

	@Test
	void letsSimultaneousSubmissionsOfOnePrincipalInvestigatorPassALimitOfOneOnlyOnce() throws Exception {
		String callId = this.world.openCall(List.of(Map.of("kind", "max-concurrent-projects", "projects", 1)));
		UUID pi = UUID.randomUUID();
		List<String> drafts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			drafts.add(draft(callId, pi));
		}
		CyclicBarrier start = new CyclicBarrier(drafts.size());
		ExecutorService submitters = Executors.newFixedThreadPool(drafts.size());
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (String id : drafts) {
				statuses.add(submitters.submit(() -> {
					start.await();
					return this.http.post()
						.uri("/api/plan/projects/{id}/submission", id)
						.headers((headers) -> headers.setBearerAuth(this.applicant))
						.exchange()
						.returnResult(String.class)
						.getStatus()
						.value();
				}));
			}
			List<Integer> answered = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				answered.add(status.get(60, TimeUnit.SECONDS));
			}

			assertThat(answered).containsOnlyOnce(200).containsOnly(200, 422);
		}
		finally {
			submitters.shutdownNow();
		}
	}

	@Test
	void letsEachCallerSeeOnlyWhatItMay() {
		String id = draft(this.world.openCall(), UUID.randomUUID());
		this.world.act(id, "submission", this.applicant, null);

		seen(id, PlanFixtures.planOfficer(), true);
		seen(id, PlanFixtures.tokenFor("auditor"), true);
		seen(id, ProjectWorld.districtOfficer(PlanFixtures.WUHOU), true);
		seen(id, ProjectWorld.districtOfficer("510104"), false);
		seen(id, ProjectWorld.applicant(this.world.organisation()), false);
		this.http.get().uri("/api/plan/projects/{id}", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("expert")))
			.exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/api/plan/projects/{id}", id).exchange().expectStatus().isUnauthorized();
		this.http.post().uri("/api/plan/projects/{id}/approval", id)
			.headers((headers) -> headers.setBearerAuth(this.applicant))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("approvedBudget", 1, "fiscalYear", THIS_YEAR))
			.exchange()
			.expectStatus().isForbidden();
		this.http.post().uri("/api/plan/projects/{id}/withdrawal", id)
			.headers((headers) -> headers.setBearerAuth(ProjectWorld.applicant(this.world.organisation())))
			.exchange()
			.expectStatus().isNotFound();
		this.http.post().uri("/api/plan/projects/{id}/formal-check", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk();
		this.http.post().uri("/api/plan/projects/{id}/formal-check", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.currentState").isEqualTo("FORMAL_CHECK")
			.jsonPath("$.allowedActions").isArray();
	}

	@Test
	@SuppressWarnings("unchecked")
	void countsApplicationsDecisionsAndAmountsForTheDashboards() {
		String callId = this.world.openCall();
		String officer = PlanFixtures.planOfficer();
		List<String> ids = List.of(draft(callId, UUID.randomUUID()), draft(callId, UUID.randomUUID()),
				draft(callId, UUID.randomUUID()), draft(callId, UUID.randomUUID()));
		ids.forEach((id) -> this.world.act(id, "submission", this.applicant, null));
		for (String id : ids.subList(0, 3)) {
			this.world.act(id, "formal-check", officer, null);
		}
		this.world.act(ids.get(0), "formal-check-pass", officer, null);
		this.world.act(ids.get(0), "approval", officer, Map.of("approvedBudget", 750000.00, "fiscalYear", THIS_YEAR));
		this.world.act(ids.get(1), "rejection", officer, Map.of("reason", "Outside the program's scope"));
		this.world.act(ids.get(2), "rejection", officer, Map.of("reason", "Incomplete budget"));
		String programId = (String) this.world.get("/api/plan/projects/" + ids.get(0), officer).get("programId");

		Map<String, Object> byProgram = this.world.get("/api/plan/statistics?groupBy=PROGRAM", officer);

		assertThat((List<Map<String, Object>>) byProgram.get("rows"))
			.filteredOn((row) -> programId.equals(row.get("key")))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("applications", 4)
				.containsEntry("approved", 1)
				.containsEntry("rejected", 2)
				.containsEntry("approvalRate", 0.3333)
				.containsEntry("requestedAmount", 4000000.00)
				.containsEntry("approvedAmount", 750000.00));
		Map<String, Object> otherDistrict = this.world.get("/api/plan/statistics?groupBy=PROGRAM",
				ProjectWorld.districtOfficer("510104"));
		assertThat((List<Map<String, Object>>) otherDistrict.get("rows"))
			.noneMatch((row) -> programId.equals(row.get("key")));
		this.http.get().uri("/api/plan/statistics?groupBy=COLOUR")
			.headers((headers) -> headers.setBearerAuth(officer))
			.exchange()
			.expectStatus().isBadRequest();
		this.http.get().uri("/api/plan/statistics")
			.headers((headers) -> headers.setBearerAuth(this.applicant))
			.exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void keepsTheStatisticsTallyEqualToTheProjectsThroughEveryKindOfChange() {
		String callId = this.world.openCall();
		String officer = PlanFixtures.planOfficer();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(draft(callId, UUID.randomUUID()));
		}
		ids.subList(0, 4).forEach((id) -> this.world.act(id, "submission", this.applicant, null));
		for (String id : ids.subList(0, 3)) {
			this.world.act(id, "formal-check", officer, null);
		}
		this.world.act(ids.get(0), "formal-check-pass", officer, null);
		this.world.act(ids.get(0), "approval", officer, Map.of("approvedBudget", 750000.00, "fiscalYear", THIS_YEAR));
		this.world.act(ids.get(1), "rejection", officer, Map.of("reason", "Outside the program's scope"));
		// Changes no endpoint makes, straight in the table: a project moved to another division, an amount raised,
		// a decided project deleted, a draft's year set (drafts never count), several projects changed at once.
		change("update project set jurisdiction = '510104' where id = :id", ids.get(0));
		change("update project set requested_amount = requested_amount + 1000 where id = :id", ids.get(2));
		change("delete from project where id = :id", ids.get(1));
		change("update project set application_year = 2031 where id = :id", ids.get(4));
		// One statement changing several projects at once: the tally's trigger sees them together.
		StepVerifier.create(this.database
			.sql("""
					update project set jurisdiction = '510105', requested_amount = requested_amount + 500
					where id = any(:ids)""")
			.bind("ids", Stream.of(0, 2, 3, 4).map((index) -> UUID.fromString(ids.get(index))).toArray(UUID[]::new))
			.fetch()
			.rowsUpdated()).expectNext(4L).verifyComplete();

		// Compared again until equal: the call schedule may change a project between the two reads.
		for (String groupBy : List.of("YEAR", "PROGRAM", "PRIORITY_AREA", "JURISDICTION")) {
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(statisticsServed(groupBy, officer)).as(groupBy)
					.isEqualTo(statisticsOfTheProjects(groupBy)));
		}
	}

	private void change(String sql, String id) {
		StepVerifier.create(this.database.sql(sql).bind("id", UUID.fromString(id)).fetch().rowsUpdated())
			.expectNext(1L)
			.verifyComplete();
	}

	/** The statistics endpoint's rows for a city officer, each as key and figures. */
	@SuppressWarnings("unchecked")
	private List<String> statisticsServed(String groupBy, String token) {
		List<Map<String, Object>> rows = (List<Map<String, Object>>) this.world
			.get("/api/plan/statistics?groupBy=" + groupBy, token)
			.get("rows");
		return rows.stream()
			.map((row) -> figures(row.get("key"), row.get("applications"), row.get("approved"), row.get("rejected"),
					row.get("requestedAmount"), row.get("approvedAmount")))
			.toList();
	}

	/** The same figures aggregated from every project of the city, as the statistics were before the tally. */
	private List<String> statisticsOfTheProjects(String groupBy) {
		String key = switch (groupBy) {
			case "YEAR" -> "p.application_year::text";
			case "PROGRAM" -> "p.program_id::text";
			case "PRIORITY_AREA" -> "coalesce(a.priority_area, 'unknown')";
			default -> "p.jurisdiction::text";
		};
		List<String> rows = new ArrayList<>();
		StepVerifier.create(this.database.sql("""
				with program_area as (
				    select distinct on (id) id, priority_area from program order by id, plan_id desc
				)
				select %s as key, count(*) as applications, count(*) filter (where p.approval is not null) as approved,
				       count(*) filter (where p.status = 'REJECTED') as rejected, sum(p.requested_amount) as requested,
				       coalesce(sum(p.approved_amount), 0) as approved_amount
				from project p left join program_area a on a.id = p.program_id
				where p.submitted_at is not null and p.jurisdiction like '5101%%'
				group by 1 order by 1""".formatted(key))
			.map((row) -> figures(row.get("key"), row.get("applications"), row.get("approved"), row.get("rejected"),
					row.get("requested"), row.get("approved_amount")))
			.all()
			.collectList())
			.consumeNextWith(rows::addAll)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		return rows;
	}

	private static String figures(Object... values) {
		List<String> written = new ArrayList<>();
		for (Object value : values) {
			written.add((value instanceof Number number)
					? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString() : String.valueOf(value));
		}
		return String.join(" | ", written);
	}

	@Test
	void keepsApprovalsOfAProgramWithinItsAnnualCeiling() {
		String callId = this.world.openCall(null, 1500000.00);
		String officer = PlanFixtures.planOfficer();
		List<String> ids = List.of(draft(callId, UUID.randomUUID()), draft(callId, UUID.randomUUID()));
		for (String id : ids) {
			this.world.act(id, "submission", this.applicant, null);
			this.world.act(id, "formal-check", officer, null);
			this.world.act(id, "formal-check-pass", officer, null);
		}
		this.world.act(ids.get(0), "approval", officer, Map.of("approvedBudget", 1000000.00, "fiscalYear", THIS_YEAR));

		this.http.post().uri("/api/plan/projects/{id}/approval", ids.get(1))
			.headers((headers) -> headers.setBearerAuth(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("approvedBudget", 800000.00, "fiscalYear", THIS_YEAR))
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("approvedBudget")
			.jsonPath("$.errors[0].code").isEqualTo("exceeds-program-ceiling");
		assertThat(this.world.act(ids.get(1), "approval", officer,
				Map.of("approvedBudget", 500000.00, "fiscalYear", THIS_YEAR))).containsEntry("status", "APPROVED");
	}

	@Test
	void withdrawsAnApplicationBeforeTheDecision() {
		String id = draft(this.world.openCall(), UUID.randomUUID());
		this.world.act(id, "submission", this.applicant, null);

		assertThat(this.world.act(id, "withdrawal", this.applicant, Map.of("reason", "PI moved abroad")))
			.containsEntry("status", "WITHDRAWN").containsEntry("statusReason", "PI moved abroad");
		assertThat(event(id, "withdrawn")).containsEntry("reason", "PI moved abroad");
	}

	@Test
	void suspendsOrTerminatesThePrincipalInvestigatorsProjectsAsTheSanctionDecides() {
		String callId = this.world.openCall();
		UUID pi = UUID.randomUUID();
		String id = contracted(callId, pi);

		this.funding.send(sanction(pi, "SUSPENSION_OF_FUNDED_ACTIVITY"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> "SUSPENDED".equals(this.world.get("/api/plan/projects/" + id, PlanFixtures.planOfficer())
				.get("status")));
		assertThat(event(id, "suspended")).containsEntry("status", "SUSPENDED");
		assertThat(this.world.act(id, "resumption", PlanFixtures.planOfficer(), null)).containsEntry("status",
				"CONTRACTED");

		this.funding.send(sanction(pi, "TERMINATION_OF_PROJECTS"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> "TERMINATED".equals(this.world.get("/api/plan/projects/" + id, PlanFixtures.planOfficer())
				.get("status")));
		assertThat(event(id, "terminated")).containsEntry("status", "TERMINATED");
	}

	@Test
	void appliesASanctionThatStartsLaterOnItsFirstDayUnlessItIsLiftedBefore() {
		String callId = this.world.openCall();
		UUID pi = UUID.randomUUID();
		UUID otherPi = UUID.randomUUID();
		String project = contracted(callId, pi);
		String spared = contracted(callId, otherPi);
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		IntegritySanctionImposed later = sanction(pi, "SUSPENSION_OF_FUNDED_ACTIVITY", tomorrow);
		IntegritySanctionImposed lifted = sanction(otherPi, "SUSPENSION_OF_FUNDED_ACTIVITY", tomorrow);

		this.funding.send(later);
		this.funding.send(lifted);
		this.funding.send(new IntegritySanctionLifted(UUID.randomUUID(), Instant.now(), lifted.sanctionId(), otherPi,
				"Overturned on appeal", "510100"));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertPendingEffects(later.sanctionId(), 1);
			assertCancelledEffects(lifted.sanctionId(), 1);
		});
		assertThat(this.world.get("/api/plan/projects/" + project, PlanFixtures.planOfficer())).containsEntry("status",
				"CONTRACTED");

		StepVerifier.create(this.database
			.sql("update sanction_effect set starts_on = starts_on - 1 where sanction_id in (:ids)")
			.bind("ids", List.of(later.sanctionId(), lifted.sanctionId()))
			.then()
			.then(this.sanctions.runOnce())).expectNext(1L).expectComplete().verify(Duration.ofSeconds(30));

		assertThat(this.world.get("/api/plan/projects/" + project, PlanFixtures.planOfficer())).containsEntry("status",
				"SUSPENDED");
		assertThat(this.world.get("/api/plan/projects/" + spared, PlanFixtures.planOfficer())).containsEntry("status",
				"CONTRACTED");
		StepVerifier.create(this.sanctions.runOnce()).expectNext(0L).expectComplete().verify(Duration.ofSeconds(30));
	}

	private void assertPendingEffects(UUID sanctionId, long count) {
		StepVerifier.create(this.database.sql("""
				select count(*) as n from sanction_effect
				where sanction_id = :id and applied_at is null and cancelled_at is null""")
			.bind("id", sanctionId)
			.map((row) -> row.get("n", Long.class))
			.one()).expectNext(count).expectComplete().verify(Duration.ofSeconds(10));
	}

	private void assertCancelledEffects(UUID sanctionId, long count) {
		StepVerifier.create(this.database.sql("""
				select count(*) as n from sanction_effect where sanction_id = :id and cancelled_at is not null""")
			.bind("id", sanctionId)
			.map((row) -> row.get("n", Long.class))
			.one()).expectNext(count).expectComplete().verify(Duration.ofSeconds(10));
	}

	private String contracted(String callId, UUID pi) {
		String id = draft(callId, pi);
		String officer = PlanFixtures.planOfficer();
		this.world.act(id, "submission", this.applicant, null);
		this.world.act(id, "formal-check", officer, null);
		this.world.act(id, "formal-check-pass", officer, null);
		this.world.act(id, "approval", officer, Map.of("approvedBudget", 900000.00, "fiscalYear", THIS_YEAR));
		this.funding.send(committed(this.world.get("/api/plan/projects/" + id, officer), 1));
		await().atMost(Duration.ofSeconds(60)).until(() -> this.world.get("/api/plan/projects/" + id, officer)
			.get("allowedActions").toString().contains("contract"));
		this.world.act(id, "contract", officer, Map.of("contractNumber", "CD-" + id.substring(0, 8), "signedOn",
				LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
		return id;
	}

	private String draft(String callId, UUID pi) {
		Map<String, Object> application = ProjectWorld.application(callId, pi);
		// Planned from today, so that its mid-term check is due at once under the rule set up above.
		application.put("startDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		return (String) this.world.post("/api/plan/projects", this.applicant, application).get("id");
	}

	private void seen(String id, String token, boolean visible) {
		this.http.get().uri("/api/plan/projects/{id}", id)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus().isEqualTo(visible ? 200 : 404);
	}

	private Map<String, Object> event(String projectId, String transition) {
		return event(projectId, transition, 1);
	}

	/** The n-th event of a transition of the project, checked against its schema. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> event(String projectId, String transition, int nth) {
		String type = "org.scibureau.plan.project." + transition + ".v1";
		await().atMost(Duration.ofSeconds(60)).until(() -> matching(projectId, type).size() >= nth);
		ConsumerRecord<String, byte[]> record = matching(projectId, type).get(nth - 1);
		String body = new String(record.value(), StandardCharsets.UTF_8);
		EventSchemas.assertValid(type, body);
		return JsonMapper.shared().readValue(body, Map.class);
	}

	private List<ConsumerRecord<String, byte[]>> matching(String projectId, String type) {
		return this.projectEvents.records()
			.stream()
			.filter((record) -> record.key().equals(projectId) && type.equals(KafkaTestConsumer.header(record, "ce_type")))
			.toList();
	}

	private static FundsCommitted committed(Map<String, Object> project, int attempt) {
		return new FundsCommitted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				UUID.fromString((String) project.get("id")), attempt, UUID.randomUUID(),
				UUID.fromString((String) project.get("programId")), THIS_YEAR, new BigDecimal("800000.00"),
				List.of(new Tranche(1, new BigDecimal("800000.00"), "CONTRACT_SIGNED", null)),
				(String) project.get("jurisdiction"));
	}

	private static AllocationRejected rejected(Map<String, Object> project, int attempt) {
		return new AllocationRejected(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				UUID.fromString((String) project.get("id")), attempt, UUID.fromString((String) project.get("programId")),
				THIS_YEAR, new BigDecimal("800000.00"), "INSUFFICIENT_FUNDS", "The fund has 200,000.00 CNY left",
				(String) project.get("jurisdiction"));
	}

	private static IntegritySanctionImposed sanction(UUID researcher, String measure) {
		return sanction(researcher, measure, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
	}

	private static IntegritySanctionImposed sanction(UUID researcher, String measure, LocalDate startsOn) {
		return new IntegritySanctionImposed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), researcher,
				"DATA_FABRICATION", List.of(measure), new IntegritySanctionImposed.Scope(true, true, true, true, true),
				startsOn, null, "510100");
	}

}
