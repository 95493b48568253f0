package org.scibureau.plan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * An applicant's drafts: private to its organisation until submitted, edited with the current version only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "scibureau.plan.call-schedule.interval=300ms")
@RealInfrastructure(database = "plan")
class ProjectDraftIntegrationTests {

	WebTestClient http;

	ProjectWorld world;

	String callId;

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
	void openCallAndOrganisation() {
		this.callId = this.world.openCall();
		this.organisationId = this.world.organisation();
		this.applicant = ProjectWorld.applicant(this.organisationId);
	}

	@Test
	@SuppressWarnings("unchecked")
	void draftsAnApplicationOnlyItsOrganisationSeesAndEditsItWithTheCurrentVersion() {
		Map<String, Object> draft = this.world.post("/api/plan/projects", this.applicant,
				ProjectWorld.application(this.callId, UUID.randomUUID()));
		String id = (String) draft.get("id");

		assertThat(draft).containsEntry("status", "DRAFT").containsEntry("organisationId", this.organisationId)
			.containsEntry("jurisdiction", PlanFixtures.WUHOU)
			.containsEntry("allowedActions", List.of("edit", "delete", "submit"));
		assertThat((String) draft.get("reference")).matches("PRJ-\\d{4}-\\d{6}");
		assertThat((Map<String, Object>) draft.get("budget")).containsEntry("total", 1000000.00)
			.containsEntry("directCosts", 900000.00);

		List<Map<String, Object>> milestones = (List<Map<String, Object>>) draft.get("milestones");
		Map<String, Object> edited = new HashMap<>(ProjectWorld.application(this.callId, UUID.randomUUID()));
		Map<String, Object> kept = new HashMap<>(milestones.get(0));
		kept.put("title", "Vector constructed and validated");
		edited.put("milestones", List.of(kept));
		edit(id, edited, null).expectStatus().isEqualTo(428);
		edit(id, edited, "\"0\"").expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.milestones.length()").isEqualTo(1)
			.jsonPath("$.milestones[0].id").isEqualTo(kept.get("id"))
			.jsonPath("$.milestones[0].title").isEqualTo("Vector constructed and validated");
		edit(id, edited, "\"0\"").expectStatus().isEqualTo(412);

		this.http.get().uri("/api/plan/projects/{id}", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isNotFound();
		this.http.get().uri("/api/plan/projects/{id}", id)
			.headers((headers) -> headers.setBearerAuth(ProjectWorld.applicant(this.world.organisation())))
			.exchange()
			.expectStatus().isNotFound();
		assertThat(ids(this.applicant, "callId=" + this.callId)).containsExactly(id);
		assertThat(ids(PlanFixtures.planOfficer(), "callId=" + this.callId)).isEmpty();
	}

	@Test
	void ignoresFieldsACallerMayNotSetInADraft() {
		String otherOrganisation = this.world.organisation();
		Map<String, Object> body = ProjectWorld.application(this.callId, UUID.randomUUID());
		String chosenId = UUID.randomUUID().toString();
		body.putAll(Map.of("id", chosenId, "status", "APPROVED", "version", 7, "organisationId", otherOrganisation,
				"jurisdiction", "510100", "reference", "PRJ-2020-000001", "approval",
				Map.of("budget", 9000000, "fiscalYear", 2026)));

		Map<String, Object> draft = this.world.post("/api/plan/projects", this.applicant, body);

		assertThat(draft.get("id")).isNotEqualTo(chosenId);
		assertThat(draft).containsEntry("status", "DRAFT").containsEntry("version", 0)
			.containsEntry("organisationId", this.organisationId).containsEntry("jurisdiction", PlanFixtures.WUHOU)
			.containsEntry("approval", null);
		assertThat((String) draft.get("reference")).isNotEqualTo("PRJ-2020-000001");
		body.put("callId", this.callId);
		edit((String) draft.get("id"), body, "\"0\"").expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("DRAFT")
			.jsonPath("$.version").isEqualTo(1)
			.jsonPath("$.organisationId").isEqualTo(this.organisationId);
	}

	@Test
	void refusesBodiesOfAContentTypeAnOperationDoesNotTake() {
		String id = (String) this.world.post("/api/plan/projects", this.applicant,
				ProjectWorld.application(this.callId, UUID.randomUUID())).get("id");

		for (String uri : List.of("/api/plan/projects", "/api/plan/projects/" + id + "/withdrawal")) {
			this.http.post().uri(uri)
				.headers((headers) -> headers.setBearerAuth(this.applicant))
				.contentType(MediaType.APPLICATION_XML)
				.bodyValue("<reason>x</reason>")
				.exchange()
				.expectStatus().isEqualTo(415)
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:unsupported-media-type");
		}
	}

	@Test
	void deletesADraftWithItsVersion() {
		String id = (String) this.world.post("/api/plan/projects", this.applicant,
				ProjectWorld.application(this.callId, UUID.randomUUID())).get("id");

		delete(id, "\"3\"").expectStatus().isEqualTo(412);
		delete(id, "\"0\"").expectStatus().isNoContent();

		this.http.get().uri("/api/plan/projects/{id}", id)
			.headers((headers) -> headers.setBearerAuth(this.applicant))
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void refusesDraftsThatCannotBeApplicationsWithAProblem() {
		Map<String, Object> noCall = ProjectWorld.application(this.callId, UUID.randomUUID());
		noCall.remove("callId");
		create(this.applicant, noCall).expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("callId");
		create(this.applicant, ProjectWorld.application(UUID.randomUUID().toString(), UUID.randomUUID()))
			.expectStatus().isNotFound();
		String unregistered = ProjectWorld.applicant(UUID.randomUUID().toString());
		create(unregistered, ProjectWorld.application(this.callId, UUID.randomUUID())).expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("organisation-not-registered");
		String withoutOrganisation = TestTokens.shared().token().roles("applicant").jurisdiction(PlanFixtures.WUHOU)
			.build();
		create(withoutOrganisation, ProjectWorld.application(this.callId, UUID.randomUUID()))
			.expectStatus().isForbidden();
		create(PlanFixtures.planOfficer(), ProjectWorld.application(this.callId, UUID.randomUUID()))
			.expectStatus().isForbidden();

		Map<String, Object> minted = ProjectWorld.application(this.callId, UUID.randomUUID());
		minted.put("milestones", List.of(Map.of("id", UUID.randomUUID().toString(), "title", "Made up",
				"dueDate", "2027-01-01", "deliverable", "Nothing")));
		create(this.applicant, minted).expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-milestone");

		Map<String, Object> wrongTypes = ProjectWorld.application(this.callId, UUID.randomUUID());
		wrongTypes.put("durationMonths", "two years");
		create(this.applicant, wrongTypes).expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.post().uri("/api/plan/projects")
			.headers((headers) -> headers.setBearerAuth(this.applicant))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\": ")
			.exchange()
			.expectStatus().isBadRequest();
	}

	private WebTestClient.ResponseSpec create(String token, Map<String, Object> body) {
		return this.http.post().uri("/api/plan/projects")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec edit(String id, Map<String, Object> body, String ifMatch) {
		return this.http.put().uri("/api/plan/projects/{id}", id)
			.headers((headers) -> {
				headers.setBearerAuth(this.applicant);
				if (ifMatch != null) {
					headers.setIfMatch(ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec delete(String id, String ifMatch) {
		return this.http.delete().uri("/api/plan/projects/{id}", id)
			.headers((headers) -> {
				headers.setBearerAuth(this.applicant);
				headers.setIfMatch(ifMatch);
			})
			.exchange();
	}

	@SuppressWarnings("unchecked")
	private List<String> ids(String token, String query) {
		Map<String, Object> page = this.world.get("/api/plan/projects?" + query, token);
		return ((List<Map<String, Object>>) page.get("items")).stream().map((item) -> (String) item.get("id")).toList();
	}

}
