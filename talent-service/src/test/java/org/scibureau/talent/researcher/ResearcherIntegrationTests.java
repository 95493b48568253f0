package org.scibureau.talent.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.scibureau.platform.events.talent.TalentTopics;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "talent")
class ResearcherIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	WebTestClient http;

	String baseUrl;

	@LocalServerPort
	void bindClient(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.http = WebTestClient.bindToServer().baseUrl(this.baseUrl).responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void registersAResearcherWithAReferenceAndPublishesTheFactWithoutTheName() {
		String orcid = TalentFixtures.uniqueOrcid();
		UUID organisation = UUID.randomUUID();
		Map<String, Object> body = TalentFixtures.researcher("李明", orcid, organisation);
		body.put("fields", List.of(" 0710 Biology ", "artificial intelligence", "0710 Biology"));

		Map<String, Object> created = register(body).expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody(JSON).returnResult().getResponseBody();

		String id = (String) created.get("id");
		assertThat((String) created.get("reference")).matches("TAL-20\\d{2}-\\d{6}");
		assertThat(created.get("fields")).isEqualTo(List.of("0710 Biology", "artificial intelligence"));
		assertThat(created).containsEntry("orcid", orcid).containsEntry("organisationId", organisation.toString())
			.containsEntry("tier", "B").containsEntry("nationality", "CN").containsEntry("version", 0);
		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, TalentTopics.RESEARCHER)) {
			var record = consumer.awaitRecord((candidate) -> id.equals(candidate.key()), Duration.ofSeconds(30));
			assertThat(KafkaTestConsumer.header(record, "ce_type"))
				.isEqualTo("org.scibureau.talent.researcher.registered.v1");
			assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/scibureau/talent-service");
			String event = new String(record.value(), StandardCharsets.UTF_8);
			EventSchemas.assertValid("org.scibureau.talent.researcher.registered.v1", event);
			assertThat(event).contains(orcid).contains(organisation.toString()).doesNotContain("李明");
		}
	}

	@Test
	void keepsTheIdentifierOfAnExistingRegistryOnce() {
		UUID id = UUID.randomUUID();
		Map<String, Object> body = TalentFixtures.researcher("From the HR bureau", TalentFixtures.uniqueOrcid(),
				UUID.randomUUID());
		body.put("id", id.toString());

		register(body).expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/talent/researchers/" + id)
			.expectBody().jsonPath("$.id").isEqualTo(id.toString());
		body.put("orcid", TalentFixtures.uniqueOrcid());
		register(body).expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:conflict")
			.jsonPath("$.errors[0].field").isEqualTo("id")
			.jsonPath("$.errors[0].code").isEqualTo("researcher-id-taken");
	}

	@Test
	void refusesAnOrcidThatAnotherResearcherHas() {
		String orcid = TalentFixtures.uniqueOrcid();
		register(TalentFixtures.researcher("First", orcid, UUID.randomUUID())).expectStatus().isCreated();
		Map<String, Object> other = TalentFixtures.researcher("Other", TalentFixtures.uniqueOrcid(), UUID.randomUUID());
		String otherId = idOf(register(other));

		register(TalentFixtures.researcher("Second", "https://orcid.org/" + orcid, UUID.randomUUID()))
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:conflict")
			.jsonPath("$.errors[0].field").isEqualTo("orcid")
			.jsonPath("$.errors[0].code").isEqualTo("orcid-taken");
		other.put("orcid", orcid);
		update(otherId, other, "\"0\"").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("orcid-taken");
		other.put("name", "Other, renamed");
		other.put("orcid", null);
		update(otherId, other, "\"0\"").expectStatus().isOk().expectBody().jsonPath("$.orcid").doesNotExist();
	}

	@Test
	void refusesAnInvalidOrcidNamingTheField() {
		String orcid = TalentFixtures.uniqueOrcid();
		String mistyped = orcid.substring(0, 18) + ((orcid.charAt(18) == '0') ? '1' : '0');

		register(TalentFixtures.researcher("Mistyped", mistyped, UUID.randomUUID())).expectStatus().isEqualTo(422)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:unprocessable")
			.jsonPath("$.errors[0].field").isEqualTo("orcid")
			.jsonPath("$.errors[0].code").isEqualTo("invalid-orcid-check-character");
		register(TalentFixtures.researcher("Short", "0000-0002-1825", UUID.randomUUID())).expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("invalid-orcid-shape");
	}

	@Test
	void answersBadInputWithProblemsNeverWithAServerError() {
		this.http.post().uri("/api/talent/researchers")
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": \"Li\", \"fields\": ")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:malformed-request");

		Map<String, Object> empty = TalentFixtures.researcher(" ", TalentFixtures.uniqueOrcid(), UUID.randomUUID());
		empty.put("fields", List.of());
		register(empty).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:validation")
			.jsonPath("$.errors[?(@.field == 'name')].code").isEqualTo("NotBlank")
			.jsonPath("$.errors[?(@.field == 'fields')].code").isEqualTo("NotEmpty");

		Map<String, Object> tooMany = TalentFixtures.researcher("Li", TalentFixtures.uniqueOrcid(), UUID.randomUUID());
		tooMany.put("fields", IntStream.rangeClosed(1, 21).mapToObj((n) -> "field " + n).toList());
		register(tooMany).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("fields").jsonPath("$.errors[0].code").isEqualTo("Size");

		Map<String, Object> badTier = TalentFixtures.researcher("Li", TalentFixtures.uniqueOrcid(), UUID.randomUUID());
		badTier.put("tier", "Z");
		register(badTier).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("tier");

		Map<String, Object> badOrganisation = TalentFixtures.researcher("Li", TalentFixtures.uniqueOrcid(),
				UUID.randomUUID());
		badOrganisation.put("organisationId", "not-a-uuid");
		register(badOrganisation).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("organisationId");

		Map<String, Object> unknownCountry = TalentFixtures.researcher("Li", TalentFixtures.uniqueOrcid(),
				UUID.randomUUID());
		unknownCountry.put("nationality", "XX");
		unknownCountry.put("jurisdiction", "440300");
		register(unknownCountry).expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'nationality')].code").isEqualTo("unknown-country")
			.jsonPath("$.errors[?(@.field == 'jurisdiction')].code").isEqualTo("outside-your-jurisdiction");

		for (String query : List.of("tier=Z", "limit=501", "cursor=not-a-cursor", "organisationId=1")) {
			this.http.get().uri("/api/talent/researchers?" + query)
				.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
				.exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		this.http.get().uri("/api/talent/researchers/not-a-uuid")
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.exchange()
			.expectStatus().isBadRequest();
	}

	@Test
	void updatesOnlyWithTheCurrentETagAndPublishesTheChange() {
		Map<String, Object> body = TalentFixtures.researcher("Wang Fang", TalentFixtures.uniqueOrcid(),
				UUID.randomUUID());
		String id = idOf(register(body));
		body.put("fields", List.of("robotics"));
		body.put("tier", "A");

		update(id, body, null).expectStatus().isEqualTo(428)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		update(id, body, "\"0\"").expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.version").isEqualTo(1)
			.jsonPath("$.tier").isEqualTo("A")
			.jsonPath("$.fields[0]").isEqualTo("robotics");
		update(id, body, "\"0\"").expectStatus().isEqualTo(412)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:stale-version")
			.jsonPath("$.currentETag").isEqualTo("\"1\"");

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, TalentTopics.RESEARCHER)) {
			var record = consumer.awaitRecord((candidate) -> id.equals(candidate.key())
					&& "org.scibureau.talent.researcher.updated.v1".equals(KafkaTestConsumer.header(candidate, "ce_type")),
					Duration.ofSeconds(30));
			String event = new String(record.value(), StandardCharsets.UTF_8);
			EventSchemas.assertValid("org.scibureau.talent.researcher.updated.v1", event);
			assertThat(event).contains("robotics");
		}
	}

	@Test
	void recordsTheRegistrationAndEveryUpdateInTheHistory() {
		Map<String, Object> body = TalentFixtures.researcher("Zhao Lei", TalentFixtures.uniqueOrcid(), UUID.randomUUID());
		String id = idOf(register(body));
		body.put("title", "Associate professor");
		update(id, body, "\"0\"").expectStatus().isOk();

		this.http.get().uri("/api/talent/researchers/{id}/history", id)
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.tokenFor("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			.jsonPath("$[0].action").isEqualTo("register")
			.jsonPath("$[0].fromStatus").doesNotExist()
			.jsonPath("$[0].toStatus").isEqualTo("REGISTERED")
			.jsonPath("$[0].actor").isEqualTo("talent-clerk via test-client")
			.jsonPath("$[1].action").isEqualTo("update")
			.jsonPath("$[1].fromStatus").isEqualTo("REGISTERED");
	}

	@Test
	void listsAndSearchesResearchersPageByPage() {
		String marker = TalentFixtures.uniqueName("Marker");
		UUID organisation = UUID.randomUUID();
		List<String> orcids = List.of(TalentFixtures.uniqueOrcid(), TalentFixtures.uniqueOrcid(),
				TalentFixtures.uniqueOrcid());
		for (int i = 0; i < 3; i++) {
			Map<String, Object> body = TalentFixtures.researcher(marker + " #" + i, orcids.get(i), organisation);
			if (i == 1) {
				body.put("fields", List.of("robotics"));
				body.put("tier", "A");
				body.put("jurisdiction", TalentFixtures.JINJIANG);
			}
			register(body).expectStatus().isCreated();
		}

		Map<String, Object> first = list("?organisationId=" + organisation + "&limit=2");
		assertThat(names(first)).containsExactly(marker + " #2", marker + " #1");
		Map<String, Object> second = list("?organisationId=" + organisation + "&limit=2&cursor=" + first.get("nextCursor"));
		assertThat(names(second)).containsExactly(marker + " #0");
		assertThat(second.get("nextCursor")).isNull();
		assertThat(names(list("?q=" + marker.toUpperCase()))).hasSize(3);
		assertThat(names(list("?q=" + orcids.get(0)))).containsExactly(marker + " #0");
		assertThat(names(list("?organisationId=" + organisation + "&field=robotics"))).containsExactly(marker + " #1");
		assertThat(names(list("?organisationId=" + organisation + "&tier=A"))).containsExactly(marker + " #1");
		assertThat(names(list("?organisationId=" + organisation + "&jurisdiction=" + TalentFixtures.WUHOU)))
			.containsExactly(marker + " #2", marker + " #0");
	}

	@Test
	void showsEachReaderOnlyWhatItMaySee() {
		UUID organisation = UUID.randomUUID();
		String wuhou = idOf(register(TalentFixtures.researcher("Wuhou", TalentFixtures.uniqueOrcid(), organisation)));
		Map<String, Object> shenzhenBody = TalentFixtures.researcher("Nanshan", TalentFixtures.uniqueOrcid(),
				UUID.randomUUID());
		shenzhenBody.put("jurisdiction", TalentFixtures.SHENZHEN_NANSHAN);
		String shenzhen = idOf(register(shenzhenBody, TalentFixtures.shenzhenTalentOfficer()));
		String applicant = TestTokens.shared().token().roles("applicant").org(organisation.toString()).build();

		get(shenzhen, TalentFixtures.talentOfficer()).expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> movedToWuhou = new HashMap<>(shenzhenBody);
		movedToWuhou.put("jurisdiction", TalentFixtures.WUHOU);
		update(shenzhen, movedToWuhou, "\"0\"").expectStatus().isNotFound();
		get(wuhou, district(TalentFixtures.JINJIANG)).expectStatus().isNotFound();
		get(wuhou, district(TalentFixtures.WUHOU)).expectStatus().isOk();
		for (String role : List.of("plan-officer", "bureau-admin", "auditor")) {
			get(shenzhen, TalentFixtures.tokenFor(role)).expectStatus().isOk();
		}
		get(wuhou, applicant).expectStatus().isOk();
		get(shenzhen, applicant).expectStatus().isNotFound();
		this.http.get().uri("/api/talent/researchers?limit=500")
			.headers((headers) -> headers.setBearerAuth(applicant))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(wuhou);
		this.http.get().uri("/api/talent/researchers")
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().roles("applicant").build()))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.items").isEmpty();
	}

	@Test
	void checksTheTokenAndTheRoleBeforeTheBody() {
		this.http.get().uri("/api/talent/researchers")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

		for (String role : List.of("plan-officer", "bureau-admin", "expert", "applicant")) {
			this.http.post().uri("/api/talent/researchers")
				.headers((headers) -> headers.setBearerAuth(TalentFixtures.tokenFor(role)))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{ not json")
				.exchange()
				.expectStatus().isForbidden()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:forbidden");
		}
		this.http.put().uri("/api/talent/researchers/{id}", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.tokenFor("district-officer")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/api/talent/researchers")
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.tokenFor("expert")))
			.exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void letsExactlyOneOfConcurrentRegistrationsOfAnOrcidWin() {
		String orcid = TalentFixtures.uniqueOrcid();
		WebClient client = WebClient.create(this.baseUrl);
		String token = TalentFixtures.talentOfficer();

		Flux<Integer> statuses = Flux.range(0, 6)
			.flatMap((n) -> client.post()
				.uri("/api/talent/researchers")
				.headers((headers) -> headers.setBearerAuth(token))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(TalentFixtures.researcher("Concurrent #" + n, orcid, UUID.randomUUID()))
				.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value())), 6);

		StepVerifier.create(statuses.collectList())
			.assertNext((codes) -> {
				assertThat(codes).filteredOn((code) -> code == 201).hasSize(1);
				assertThat(codes).filteredOn((code) -> code == 409).hasSize(5);
			})
			.expectComplete()
			.verify(Duration.ofSeconds(60));
		assertThat(names(list("?q=" + orcid))).singleElement().asString().startsWith("Concurrent #");
	}

	@Test
	void replaysARegistrationRetriedWithTheSameIdempotencyKey() {
		Map<String, Object> body = TalentFixtures.researcher("Retried", TalentFixtures.uniqueOrcid(), UUID.randomUUID());
		String key = UUID.randomUUID().toString();

		String id = idOf(registerWithKey(body, key));
		registerWithKey(body, key).expectStatus().isCreated()
			.expectHeader().valueEquals("Idempotent-Replayed", "true")
			.expectBody().jsonPath("$.id").isEqualTo(id);
		Map<String, Object> other = new HashMap<>(body);
		other.put("name", "Another");
		registerWithKey(other, key).expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:idempotency-key-reused");
	}

	private WebTestClient.ResponseSpec register(Map<String, Object> body) {
		return register(body, TalentFixtures.talentOfficer());
	}

	private WebTestClient.ResponseSpec register(Map<String, Object> body, String token) {
		return this.http.post().uri("/api/talent/researchers")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec registerWithKey(Map<String, Object> body, String key) {
		return this.http.post().uri("/api/talent/researchers")
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec update(String id, Map<String, Object> body, String ifMatch) {
		return this.http.put().uri("/api/talent/researchers/{id}", id)
			.headers((headers) -> {
				headers.setBearerAuth(TalentFixtures.talentOfficer());
				if (ifMatch != null) {
					headers.setIfMatch(ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec get(String id, String token) {
		return this.http.get().uri("/api/talent/researchers/{id}", id)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	private Map<String, Object> list(String query) {
		return this.http.get().uri("/api/talent/researchers" + query)
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	private static String idOf(WebTestClient.ResponseSpec response) {
		return (String) response.expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
	}

	private static String district(String jurisdiction) {
		return TestTokens.shared().token().roles("district-officer").jurisdiction(jurisdiction).build();
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("items")).stream().map((item) -> (String) item.get("name")).toList();
	}

}
