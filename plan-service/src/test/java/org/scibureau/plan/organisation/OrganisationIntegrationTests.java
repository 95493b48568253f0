package org.scibureau.plan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class OrganisationIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void registersAnOrganisationAndPublishesTheFact() {
		String code = CreditCodes.unique();

		Map<String, Object> created = register(code, "四川大学").expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody(JSON).returnResult().getResponseBody();

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.ORGANISATION)) {
			var record = consumer.awaitRecord((candidate) -> created.get("id").equals(candidate.key()), Duration.ofSeconds(30));
			assertThat(KafkaTestConsumer.header(record, "ce_type")).isEqualTo("org.scibureau.plan.organisation.registered.v1");
			String body = new String(record.value(), StandardCharsets.UTF_8);
			EventSchemas.assertValid("org.scibureau.plan.organisation.registered.v1", body);
			assertThat(body).contains(code).contains("四川大学");
		}
	}

	@Test
	void refusesACodeWithAWrongCheckCharacterNamingTheField() {
		String code = CreditCodes.unique();
		String mistyped = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

		register(mistyped, "Mistyped").expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("creditCode")
			.jsonPath("$.errors[0].code").isEqualTo("invalid-credit-code-check-character");
	}

	@Test
	void refusesASecondRegistrationOfTheSameCode() {
		String code = CreditCodes.unique();
		register(code, "First").expectStatus().isCreated();

		register(code, "Second").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:conflict");
	}

	@Test
	void keepsTheIdentifierAnExistingRegistryGaveButOnlyOnce() {
		String id = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("id", id, "creditCode", CreditCodes.unique(), "name", "Imported",
				"type", "HOSPITAL", "jurisdiction", "510107");

		post(body).expectStatus().isCreated().expectBody().jsonPath("$.id").isEqualTo(id);
		post(Map.of("id", id, "creditCode", CreditCodes.unique(), "name", "Same id", "type", "HOSPITAL",
				"jurisdiction", "510107"))
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:conflict");
	}

	@Test
	void correctsAnOrganisationWithTheCurrentETagOnly() {
		String code = CreditCodes.unique();
		String id = (String) register(code, "Old name").expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody().get("id");

		update(id, code, "New name", null).expectStatus().isEqualTo(428);
		update(id, code, "New name", "\"0\"").expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("New name").jsonPath("$.version").isEqualTo(1);
		update(id, code, "Newer name", "\"0\"").expectStatus().isEqualTo(412);
	}

	@Test
	void showsAnApplicantOnlyItsOwnOrganisation() {
		String ownId = (String) register(CreditCodes.unique(), "Own").expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody().get("id");
		String otherId = (String) register(CreditCodes.unique(), "Other").expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody().get("id");
		String applicant = TestTokens.shared().token().roles("applicant").org(ownId).jurisdiction("510107").build();

		this.http.get().uri("/api/plan/organisations/{id}", ownId)
			.headers((headers) -> headers.setBearerAuth(applicant))
			.exchange().expectStatus().isOk();
		this.http.get().uri("/api/plan/organisations/{id}", otherId)
			.headers((headers) -> headers.setBearerAuth(applicant))
			.exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/plan/organisations?limit=500")
			.headers((headers) -> headers.setBearerAuth(applicant))
			.exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(ownId);
	}

	@Test
	void letsOnlyOfficersRegister() {
		this.http.post().uri("/api/plan/organisations")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("applicant")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus().isForbidden();
	}

	private WebTestClient.ResponseSpec register(String code, String name) {
		return post(Map.of("creditCode", code, "name", name, "type", "UNIVERSITY", "jurisdiction", "510107"));
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> body) {
		return this.http.post().uri("/api/plan/organisations")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec update(String id, String code, String name, String ifMatch) {
		return this.http.put().uri("/api/plan/organisations/{id}", id)
			.headers((headers) -> {
				headers.setBearerAuth(PlanFixtures.planOfficer());
				if (ifMatch != null) {
					headers.setIfMatch(ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("creditCode", code, "name", name, "type", "UNIVERSITY", "jurisdiction", "510107"))
			.exchange();
	}

}
