package org.scibureau.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class PlanIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Test
	void publishesAPlanWithItsProgramsAsACloudEvent() {
		Map<String, Object> created = create(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Annual plan")));
		String id = (String) created.get("id");

		submit(id).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UNDER_REVIEW");
		this.http.post().uri("/api/plan/plans/{id}/publication", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.header("X-Correlation-Id", "publish-" + id)
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("X-Correlation-Id", "publish-" + id)
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
			.expectBody()
			.jsonPath("$.status").isEqualTo("PUBLISHED")
			.jsonPath("$.publishedAt").isNotEmpty()
			.jsonPath("$.allowedActions[0]").isEqualTo("revise");

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.PLAN)) {
			var record = consumer.awaitRecord((candidate) -> id.equals(candidate.key()), Duration.ofSeconds(30));
			assertThat(KafkaTestConsumer.header(record, "ce_specversion")).isEqualTo("1.0");
			assertThat(KafkaTestConsumer.header(record, "ce_type")).isEqualTo("org.scibureau.plan.plan.published.v1");
			assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/scibureau/plan-service");
			assertThat(KafkaTestConsumer.header(record, "ce_subject")).isEqualTo(id);
			assertThat(KafkaTestConsumer.header(record, "ce_id")).isNotBlank();
			assertThat(KafkaTestConsumer.header(record, "ce_time")).isNotBlank();
			assertThat(KafkaTestConsumer.header(record, "ce_dataschema"))
				.isEqualTo("urn:scibureau:schema:org.scibureau.plan.plan.published.v1");
			assertThat(KafkaTestConsumer.header(record, "content-type")).isEqualTo("application/json");
			assertThat(KafkaTestConsumer.header(record, "ce_correlationid")).isEqualTo("publish-" + id);
			String body = new String(record.value(), StandardCharsets.UTF_8);
			EventSchemas.assertValid("org.scibureau.plan.plan.published.v1", body);
			assertThat(body).contains("Key R&D — Biomedicine").contains("50000000.00");
		}
	}

	@Test
	void recordsEveryStateChangeInTheHistory() {
		String id = (String) create(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("History"))).get("id");
		submit(id).expectStatus().isOk();
		this.http.post().uri("/api/plan/plans/{id}/return", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", "Targets need a 2030 baseline"))
			.exchange()
			.expectStatus().isOk();

		this.http.get().uri("/api/plan/plans/{id}/history", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[0].action").isEqualTo("create")
			.jsonPath("$[0].toStatus").isEqualTo("DRAFT")
			.jsonPath("$[1].action").isEqualTo("submit")
			.jsonPath("$[1].fromStatus").isEqualTo("DRAFT")
			.jsonPath("$[2].action").isEqualTo("return")
			.jsonPath("$[2].reason").isEqualTo("Targets need a 2030 baseline")
			.jsonPath("$[2].actor").isEqualTo("planner via test-client");
	}

	@Test
	void updatesADraftOnlyWithTheCurrentETag() {
		Map<String, Object> body = PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Update"));
		String id = (String) create(body).get("id");

		update(id, body, null).expectStatus().isEqualTo(428)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		update(id, body, "\"0\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
		update(id, body, "\"0\"").expectStatus().isEqualTo(412)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:stale-version")
			.jsonPath("$.currentETag").isEqualTo("\"1\"");
	}

	@Test
	void refusesAnActionTheStateDoesNotAllowNamingTheAllowedOnes() {
		String id = (String) create(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Twice"))).get("id");
		submit(id).expectStatus().isOk();

		submit(id).expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:illegal-state")
			.jsonPath("$.currentState").isEqualTo("UNDER_REVIEW")
			.jsonPath("$.allowedActions[0]").isEqualTo("publish")
			.jsonPath("$.allowedActions[1]").isEqualTo("return");
	}

	@Test
	void listsPlansPageByPageWithACursor() {
		String prefix = PlanFixtures.uniqueTitle("Paged");
		for (int i = 0; i < 3; i++) {
			create(PlanFixtures.annualPlan(prefix + " #" + i));
		}

		Map<String, Object> first = list("/api/plan/plans?q={q}&limit=2", prefix);
		assertThat(titles(first)).containsExactly(prefix + " #2", prefix + " #1");
		assertThat(first.get("nextCursor")).isNotNull();
		Map<String, Object> second = list("/api/plan/plans?q={q}&limit=2&cursor=" + first.get("nextCursor"), prefix);
		assertThat(titles(second)).containsExactly(prefix + " #0");
		assertThat(second.get("nextCursor")).isNull();
	}

	@Test
	void showsDistrictOfficersOnlyTheirDistrict() {
		String prefix = PlanFixtures.uniqueTitle("District");
		Map<String, Object> cityPlan = PlanFixtures.annualPlan(prefix + " city");
		Map<String, Object> districtPlan = new HashMap<>(PlanFixtures.annualPlan(prefix + " wuhou"));
		districtPlan.put("jurisdiction", PlanFixtures.WUHOU);
		create(cityPlan);
		String districtId = (String) create(districtPlan).get("id");
		String wuhouOfficer = TestTokens.shared().token()
			.roles("district-officer").jurisdiction(PlanFixtures.WUHOU).build();
		String jinjiangOfficer = TestTokens.shared().token()
			.roles("district-officer").jurisdiction("510104").build();

		Map<String, Object> seen = this.http.get().uri("/api/plan/plans?q={q}", prefix)
			.headers((headers) -> headers.setBearerAuth(wuhouOfficer))
			.exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
		assertThat(titles(seen)).containsExactly(prefix + " wuhou");
		this.http.get().uri("/api/plan/plans/{id}", districtId)
			.headers((headers) -> headers.setBearerAuth(jinjiangOfficer))
			.exchange().expectStatus().isNotFound();
	}

	@Test
	void answersBadRequestsWithProblemsNeverWithAServerError() {
		this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"kind\": \"ANNUAL\", \"title\": ")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:malformed-request");

		this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("kind", "ANNUAL", "title", " ", "periodStart", 2026, "periodEnd", 2026,
					"priorityAreas", List.of(), "programs", List.of()))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:validation")
			.jsonPath("$.errors[?(@.field == 'title')].code").isEqualTo("NotBlank")
			.jsonPath("$.errors[?(@.field == 'programs')].code").isEqualTo("NotEmpty");

		this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("kind", "LIFELONG", "title", "x"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");

		this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("plan")
			.exchange()
			.expectStatus().isEqualTo(415)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

		this.http.get().uri("/api/plan/plans?limit=501")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");

		this.http.get().uri("/api/plan/plans?cursor=not-a-cursor")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("invalid-cursor");

		this.http.get().uri("/api/plan/plans/not-a-uuid")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void reportsEveryBrokenPlanRuleAtOnce() {
		Map<String, Object> body = new HashMap<>(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Rules")));
		body.put("periodEnd", 2027);
		body.put("jurisdiction", "440300");

		this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[?(@.code == 'period-length')].field").isEqualTo("periodEnd")
			.jsonPath("$.errors[?(@.code == 'outside-your-jurisdiction')].field").isEqualTo("jurisdiction");
	}

	@Test
	void checksTheTokenAndTheRoleBeforeTheBody() {
		this.http.get().uri("/api/plan/plans")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

		this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("applicant")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{ not json")
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:forbidden");

		this.http.get().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("plan-officer") + "x"))
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void speaksChineseWhenAskedTo() {
		this.http.get().uri("/api/plan/plans")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "zh-CN")
			.expectBody().jsonPath("$.title").isEqualTo("需要身份认证");
	}

	@Test
	void replaysACreationRetriedWithTheSameIdempotencyKey() {
		Map<String, Object> body = PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Idempotent"));
		String key = UUID.randomUUID().toString();

		Map<String, Object> first = createWithKey(body, key).expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody();
		createWithKey(body, key).expectStatus().isCreated()
			.expectHeader().valueEquals("Idempotent-Replayed", "true")
			.expectBody().jsonPath("$.id").isEqualTo(first.get("id"));
		createWithKey(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Other")), key)
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:idempotency-key-reused");

		assertThat(titles(list("/api/plan/plans?q={q}", (String) body.get("title")))).hasSize(1);
	}

	@Test
	void showsPublishedPlansToAnyoneWithoutAToken() {
		String title = PlanFixtures.uniqueTitle("Public");
		String id = (String) create(PlanFixtures.annualPlan(title)).get("id");
		this.http.get().uri("/api/plan/public/plans/{id}", id).exchange().expectStatus().isNotFound();

		submit(id).expectStatus().isOk();
		this.http.post().uri("/api/plan/plans/{id}/publication", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange().expectStatus().isOk();

		this.http.get().uri("/api/plan/public/plans?q={q}", title)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[0].id").isEqualTo(id)
			.jsonPath("$.items[0].programs[1].annualBudgetCeiling").isEqualTo(30000000.50)
			.jsonPath("$.nextCursor").doesNotExist();
	}

	@Test
	@SuppressWarnings("unchecked")
	void supersedesAPublishedPlanByARevisionKeepingProgramIdsAndTheOldVersionReadable() {
		String title = PlanFixtures.uniqueTitle("Revised");
		String original = (String) create(PlanFixtures.annualPlan(title)).get("id");
		submit(original).expectStatus().isOk();
		publish(original).expectStatus().isOk();

		Map<String, Object> revision = revise(original).expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody(JSON).returnResult().getResponseBody();
		String revised = (String) revision.get("id");
		List<Map<String, Object>> programs = (List<Map<String, Object>>) revision.get("programs");
		assertThat(revision).containsEntry("revision", 2).containsEntry("supersedes", original)
			.containsEntry("status", "DRAFT").containsEntry("reference", get(original).get("reference"));

		Map<String, Object> changed = new HashMap<>(PlanFixtures.annualPlan(title + " (revised)"));
		Map<String, Object> biomedicine = new HashMap<>(programs.get(0));
		biomedicine.put("annualBudgetCeiling", 60000000.00);
		changed.put("programs", List.of(biomedicine, Map.of("name", "Key R&D — Quantum", "priorityArea",
				"artificial-intelligence", "managingDepartment", "High-tech Department", "annualBudgetCeiling", 1000)));
		update(revised, changed, "\"0\"").expectStatus().isOk();
		submit(revised).expectStatus().isOk();
		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.PLAN)) {
			publish(revised).expectStatus().isOk();

			var record = consumer.awaitRecord((candidate) -> candidate.key().equals(revised), Duration.ofSeconds(30));
			String body = new String(record.value(), StandardCharsets.UTF_8);
			EventSchemas.assertValid("org.scibureau.plan.plan.published.v1", body);
			Map<String, Object> published = JsonMapper.shared().readValue(body, Map.class);
			assertThat(published).containsEntry("supersedes", original);
			List<Object> programIds = ((List<Map<String, Object>>) published.get("programs")).stream()
				.map((program) -> program.get("programId"))
				.toList();
			assertThat(programIds).hasSize(2).first().isEqualTo(programs.get(0).get("id"));
			assertThat(programIds.get(1)).isNotIn(programs.get(0).get("id"), programs.get(1).get("id"));
		}

		assertThat(get(original)).containsEntry("status", "ARCHIVED").containsEntry("supersededBy", revised)
			.containsEntry("allowedActions", List.of());
		assertThat(get(revised)).containsEntry("status", "PUBLISHED");
		this.http.get().uri("/api/plan/public/plans/{id}", original).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("ARCHIVED").jsonPath("$.supersededBy").isEqualTo(revised);
		this.http.get().uri("/api/plan/public/plans?q={q}", title).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(revised);
		this.http.get().uri("/api/plan/plans/{id}/versions", original)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[0].id").isEqualTo(revised)
			.jsonPath("$[0].programs[0].id").isEqualTo(programs.get(0).get("id"))
			.jsonPath("$[0].programs[0].annualBudgetCeiling").isEqualTo(60000000.00)
			.jsonPath("$[1].id").isEqualTo(original)
			.jsonPath("$[1].programs[0].annualBudgetCeiling").isEqualTo(50000000.00);
		this.http.get().uri("/api/plan/plans/{id}/history", original)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectBody()
			.jsonPath("$[3].action").isEqualTo("archive")
			.jsonPath("$[3].toStatus").isEqualTo("ARCHIVED");
	}

	@Test
	void refusesASecondRevisionAMintedProgramIdAndRevisingADraft() {
		String draft = (String) create(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Once"))).get("id");
		revise(draft).expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.currentState").isEqualTo("DRAFT").jsonPath("$.allowedActions[1]").isEqualTo("submit");
		submit(draft).expectStatus().isOk();
		publish(draft).expectStatus().isOk();
		String revision = (String) revise(draft).expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody().get("id");

		revise(draft).expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:conflict")
			.jsonPath("$.revisionId").isEqualTo(revision);

		Map<String, Object> minted = new HashMap<>(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Minted")));
		minted.put("programs", List.of(Map.of("id", UUID.randomUUID().toString(), "name", "Key R&D — Biomedicine",
				"priorityArea", "biomedicine", "managingDepartment", "High-tech Department", "annualBudgetCeiling", 1)));
		update(revision, minted, "\"0\"").expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("programs[0].id")
			.jsonPath("$.errors[0].code").isEqualTo("unknown-program");
		this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(minted)
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-program");
		revise(UUID.randomUUID().toString()).expectStatus().isNotFound();
	}

	private Map<String, Object> create(Map<String, Object> body) {
		return this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectHeader().exists(HttpHeaders.LOCATION)
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec createWithKey(Map<String, Object> body, String key) {
		return this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec publish(String id) {
		return this.http.post().uri("/api/plan/plans/{id}/publication", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange();
	}

	private WebTestClient.ResponseSpec revise(String id) {
		return this.http.post().uri("/api/plan/plans/{id}/revision", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange();
	}

	private Map<String, Object> get(String id) {
		return this.http.get().uri("/api/plan/plans/{id}", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON).returnResult().getResponseBody();
	}

	private WebTestClient.ResponseSpec submit(String id) {
		return this.http.post().uri("/api/plan/plans/{id}/submission", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange();
	}

	private WebTestClient.ResponseSpec update(String id, Map<String, Object> body, String ifMatch) {
		return this.http.put().uri("/api/plan/plans/{id}", id)
			.headers((headers) -> {
				headers.setBearerAuth(PlanFixtures.planOfficer());
				if (ifMatch != null) {
					headers.setIfMatch(ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private Map<String, Object> list(String uri, String text) {
		return this.http.get().uri(uri, text)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<String> titles(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("items")).stream().map((item) -> (String) item.get("title")).toList();
	}

}
