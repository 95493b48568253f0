package org.scibureau.talent.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.events.talent.TalentTopics;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "talent")
class ExpertIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final String REGISTERED = "org.scibureau.talent.expert.registered.v1";

	private static final String UPDATED = "org.scibureau.talent.expert.updated.v1";

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void registersAResearcherAsAnExpertAndPublishesTheFact() {
		UUID organisation = UUID.randomUUID();
		UUID conflicting = UUID.randomUUID();
		String id = researcher("Chen Jing", organisation);
		Map<String, Object> body = TalentFixtures.expertProfile(id, List.of(" artificial intelligence ", "robotics"));
		body.put("conflictOrganisationIds", List.of(conflicting.toString()));

		register(body).expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/talent/experts/" + id)
			.expectBody()
			.jsonPath("$.id").isEqualTo(id)
			.jsonPath("$.name").isEqualTo("Chen Jing")
			.jsonPath("$.organisationId").isEqualTo(organisation.toString())
			.jsonPath("$.jurisdiction").isEqualTo(TalentFixtures.WUHOU)
			.jsonPath("$.reviewFields[0]").isEqualTo("artificial intelligence")
			.jsonPath("$.conflictOrganisationIds[0]").isEqualTo(conflicting.toString())
			.jsonPath("$.conflictResearcherIds").isEmpty()
			.jsonPath("$.available").isEqualTo(true);

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, TalentTopics.EXPERT)) {
			String event = awaitEvent(consumer, id, REGISTERED);
			assertThat(event).contains(organisation.toString())
				.contains(conflicting.toString())
				.doesNotContain("Chen Jing");
		}
	}

	@Test
	void refusesAnUnknownOrInvisibleResearcherAndASecondRegistration() {
		register(TalentFixtures.expertProfile(UUID.randomUUID(), List.of("AI"))).expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> shenzhen = TalentFixtures.researcher("Nanshan", TalentFixtures.uniqueOrcid(),
				UUID.randomUUID());
		shenzhen.put("jurisdiction", TalentFixtures.SHENZHEN_NANSHAN);
		String shenzhenId = idOf(this.http.post().uri("/api/talent/researchers")
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.shenzhenTalentOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(shenzhen)
			.exchange());
		register(TalentFixtures.expertProfile(shenzhenId, List.of("AI"))).expectStatus().isNotFound();

		String id = researcher("Twice", UUID.randomUUID());
		register(TalentFixtures.expertProfile(id, List.of("AI"))).expectStatus().isCreated();
		register(TalentFixtures.expertProfile(id, List.of("AI"))).expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:conflict")
			.jsonPath("$.errors[0].field").isEqualTo("researcherId")
			.jsonPath("$.errors[0].code").isEqualTo("already-expert");
	}

	@Test
	void refusesProfilesThatBreakTheRules() {
		String id = researcher("Rules", UUID.randomUUID());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		Map<String, Object> returning = TalentFixtures.expertProfile(id, List.of("AI"));
		returning.put("unavailableUntil", today.plusDays(10).toString());
		register(returning).expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("unavailable-until-while-available");
		Map<String, Object> past = TalentFixtures.expertProfile(id, List.of("AI"));
		past.put("available", false);
		past.put("unavailableUntil", today.minusDays(2).toString());
		past.put("conflictResearcherIds", List.of(id));
		register(past).expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'unavailableUntil')].code").isEqualTo("in-the-past")
			.jsonPath("$.errors[?(@.field == 'conflictResearcherIds')].code").isEqualTo("conflict-with-self");

		Map<String, Object> noFields = TalentFixtures.expertProfile(id, List.of());
		noFields.remove("available");
		register(noFields).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'reviewFields')].code").isEqualTo("NotEmpty")
			.jsonPath("$.errors[?(@.field == 'available')].code").isEqualTo("NotNull");
		Map<String, Object> anonymous = TalentFixtures.expertProfile(id, List.of("AI"));
		anonymous.remove("researcherId");
		register(anonymous).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("researcherId");
		Map<String, Object> badDate = TalentFixtures.expertProfile(id, List.of("AI"));
		badDate.put("unavailableUntil", "next spring");
		register(badDate).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("unavailableUntil");
	}

	@Test
	void letsAnExpertManageOnlyItsOwnAvailabilityAndConflicts() {
		String id = expert("Self-service", UUID.randomUUID(), List.of("AI", "robotics"));
		String other = expert("Someone else", UUID.randomUUID(), List.of("AI"));
		String token = TalentFixtures.expert(id);
		UUID conflicting = UUID.randomUUID();
		LocalDate back = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
		Map<String, Object> away = TalentFixtures.expertProfile(id, List.of("robotics", "AI"));
		away.put("available", false);
		away.put("unavailableUntil", back.toString());
		away.put("conflictResearcherIds", List.of(conflicting.toString()));

		get(id, token).expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
		get(other, token).expectStatus().isNotFound();
		update(other, away, "\"0\"", token).expectStatus().isNotFound();
		update(id, away, "\"0\"", token).expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.available").isEqualTo(false)
			.jsonPath("$.unavailableUntil").isEqualTo(back.toString())
			.jsonPath("$.conflictResearcherIds[0]").isEqualTo(conflicting.toString())
			.jsonPath("$.reviewFields[0]").isEqualTo("AI");
		away.put("reviewFields", List.of("AI", "robotics", "biology"));
		update(id, away, "\"1\"", token).expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:forbidden")
			.jsonPath("$.errors[0].field").isEqualTo("reviewFields");

		for (String path : List.of("/api/talent/experts", "/api/talent/experts/" + id + "/history",
				"/api/talent/researchers/" + id)) {
			this.http.get().uri(path).headers((headers) -> headers.setBearerAuth(token))
				.exchange().expectStatus().isForbidden();
		}
		register(TalentFixtures.expertProfile(id, List.of("AI")), token).expectStatus().isForbidden();
		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, TalentTopics.EXPERT)) {
			JsonNode event = new JsonMapper().readTree(awaitEvent(consumer, id, UPDATED));
			assertThat(event.get("available").asBoolean()).isFalse();
			assertThat(event.get("unavailableUntil").asString()).isEqualTo(back.toString());
			assertThat(event.get("fields").get(0).asString()).isEqualTo("AI");
		}
	}

	@Test
	void publishesAnExpertUpdateWhenTheResearcherMovesToAnotherOrganisationOnly() {
		UUID before = UUID.randomUUID();
		UUID after = UUID.randomUUID();
		Map<String, Object> researcher = TalentFixtures.researcher("Moving", TalentFixtures.uniqueOrcid(), before);
		String id = idOf(this.http.post().uri("/api/talent/researchers")
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(researcher)
			.exchange());
		register(TalentFixtures.expertProfile(id, List.of("AI"))).expectStatus().isCreated();

		researcher.put("fields", List.of("quantum computing"));
		updateResearcher(id, researcher, "\"0\"");
		researcher.put("organisationId", after.toString());
		updateResearcher(id, researcher, "\"1\"");

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, TalentTopics.EXPERT)) {
			String event = awaitEvent(consumer, id, UPDATED);
			assertThat(event).contains(after.toString()).doesNotContain(before.toString());
			List<ConsumerRecord<String, byte[]>> ofExpert = consumer.records()
				.stream()
				.filter((record) -> id.equals(record.key()))
				.toList();
			assertThat(ofExpert).extracting((record) -> KafkaTestConsumer.header(record, "ce_type"))
				.containsExactly(REGISTERED, UPDATED);
		}
		get(id, TalentFixtures.talentOfficer()).expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody().jsonPath("$.organisationId").isEqualTo(after.toString());
	}

	@Test
	void updatesOnlyWithTheCurrentETag() {
		String id = expert("ETag", UUID.randomUUID(), List.of("AI"));
		Map<String, Object> body = TalentFixtures.expertProfile(id, List.of("biology"));
		String officer = TalentFixtures.talentOfficer();

		update(id, body, null, officer).expectStatus().isEqualTo(428);
		update(id, body, "\"0\"", officer).expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody().jsonPath("$.reviewFields[0]").isEqualTo("biology").jsonPath("$.version").isEqualTo(1);
		update(id, body, "\"0\"", officer).expectStatus().isEqualTo(412)
			.expectBody().jsonPath("$.currentETag").isEqualTo("\"1\"");
		update(id, body, "\"1\"", TalentFixtures.shenzhenTalentOfficer()).expectStatus().isNotFound();
	}

	@Test
	void listsAndSearchesExpertsPageByPage() {
		String marker = TalentFixtures.uniqueName("Expert");
		UUID organisation = UUID.randomUUID();
		String first = expert(marker + " #0", organisation, List.of("AI"));
		String second = expert(marker + " #1", organisation, List.of("robotics"));
		String third = expert(marker + " #2", organisation, List.of("AI", "biology"));
		Map<String, Object> away = TalentFixtures.expertProfile(second, List.of("robotics"));
		away.put("available", false);
		update(second, away, "\"0\"", TalentFixtures.talentOfficer()).expectStatus().isOk();
		String scope = "?organisationId=" + organisation;

		Map<String, Object> page = list(scope + "&limit=2", TalentFixtures.talentOfficer());
		assertThat(ids(page)).containsExactly(third, second);
		Map<String, Object> next = list(scope + "&limit=2&cursor=" + page.get("nextCursor"), TalentFixtures.talentOfficer());
		assertThat(ids(next)).containsExactly(first);
		assertThat(next.get("nextCursor")).isNull();
		assertThat(ids(list(scope + "&available=false", TalentFixtures.talentOfficer()))).containsExactly(second);
		assertThat(ids(list(scope + "&available=true&field=AI", TalentFixtures.talentOfficer())))
			.containsExactly(third, first);
		assertThat(ids(list("?q={q}", TalentFixtures.tokenFor("plan-officer"), marker + " #1"))).containsExactly(second);
		assertThat(ids(list(scope + "&tier=B&jurisdiction=" + TalentFixtures.WUHOU, TalentFixtures.tokenFor("auditor"))))
			.containsExactly(third, second, first);
		assertThat(ids(list(scope, TestTokens.shared().token().roles("district-officer")
			.jurisdiction(TalentFixtures.JINJIANG).build()))).isEmpty();
	}

	@Test
	void recordsAvailabilityChangesInTheHistory() {
		String id = expert("History", UUID.randomUUID(), List.of("AI"));
		Map<String, Object> away = TalentFixtures.expertProfile(id, List.of("AI"));
		away.put("available", false);
		update(id, away, "\"0\"", TalentFixtures.expert(id)).expectStatus().isOk();

		this.http.get().uri("/api/talent/experts/{id}/history", id)
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.tokenFor("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			.jsonPath("$[0].action").isEqualTo("register")
			.jsonPath("$[0].toStatus").isEqualTo("AVAILABLE")
			.jsonPath("$[1].action").isEqualTo("update")
			.jsonPath("$[1].fromStatus").isEqualTo("AVAILABLE")
			.jsonPath("$[1].toStatus").isEqualTo("UNAVAILABLE")
			.jsonPath("$[1].actor").isEqualTo("expert-" + id + " via test-client");
	}

	/** Registers a Wuhou researcher and answers its id. */
	private String researcher(String name, UUID organisation) {
		return idOf(this.http.post().uri("/api/talent/researchers")
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(TalentFixtures.researcher(name, TalentFixtures.uniqueOrcid(), organisation))
			.exchange());
	}

	/** Registers a Wuhou researcher as an available expert and answers its id. */
	private String expert(String name, UUID organisation, List<String> reviewFields) {
		String id = researcher(name, organisation);
		register(TalentFixtures.expertProfile(id, reviewFields)).expectStatus().isCreated();
		return id;
	}

	private WebTestClient.ResponseSpec register(Map<String, Object> body) {
		return register(body, TalentFixtures.talentOfficer());
	}

	private WebTestClient.ResponseSpec register(Map<String, Object> body, String token) {
		return this.http.post().uri("/api/talent/experts")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec update(String id, Map<String, Object> body, String ifMatch, String token) {
		return this.http.put().uri("/api/talent/experts/{id}", id)
			.headers((headers) -> {
				headers.setBearerAuth(token);
				if (ifMatch != null) {
					headers.setIfMatch(ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private void updateResearcher(String id, Map<String, Object> body, String ifMatch) {
		this.http.put().uri("/api/talent/researchers/{id}", id)
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus().isOk();
	}

	private WebTestClient.ResponseSpec get(String id, String token) {
		return this.http.get().uri("/api/talent/experts/{id}", id)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	private Map<String, Object> list(String query, String token, Object... variables) {
		return this.http.get().uri("/api/talent/experts" + query, variables)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	/** The body of the first event of {@code type} about expert {@code id}, checked against its schema. */
	private static String awaitEvent(KafkaTestConsumer consumer, String id, String type) {
		ConsumerRecord<String, byte[]> record = consumer.awaitRecord((candidate) -> id.equals(candidate.key())
				&& type.equals(KafkaTestConsumer.header(candidate, "ce_type")), Duration.ofSeconds(30));
		String event = new String(record.value(), StandardCharsets.UTF_8);
		EventSchemas.assertValid(type, event);
		return event;
	}

	private static String idOf(WebTestClient.ResponseSpec response) {
		return (String) response.expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("items")).stream().map((item) -> (String) item.get("id")).toList();
	}

}
