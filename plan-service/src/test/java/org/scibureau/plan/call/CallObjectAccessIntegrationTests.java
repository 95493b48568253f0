package org.scibureau.plan.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import org.scibureau.plan.PlanClient;
import org.scibureau.plan.PlanFixtures;
import org.scibureau.plan.project.ProjectWorld;
import org.scibureau.platform.test.spring.ObjectSwaps;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-id swaps on calls: the plan, finance and district officers of Jinjiang call every endpoint of a scheduled
 * call of a Wuhou district plan with its real id. Each gets exactly what it gets for a call that does not exist: 403
 * where its role may not use the endpoint at all, 404 where it may. (Administrators and auditors read every
 * jurisdiction by design, and a Chengdu officer covers Wuhou, so they are no intruders. Nor are applicants: an
 * announced call is public, and an applicant checks its eligibility for any of them.) A plan officer's eligibility
 * check names an organisation in its body: one of another district is judged like one not in the registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class CallObjectAccessIntegrationTests {

	private static final String JINJIANG = "510104";

	WebTestClient http;

	ProjectWorld world;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	String organisationId;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.world = new ProjectWorld(this.http);
	}

	@BeforeEach
	void wuhouOrganisation() {
		this.organisationId = this.world.organisation();
	}

	@Test
	void everySwapOfAWuhouCallsIdIsRefusedAsIfTheCallDidNotExist() {
		String callId = scheduledWuhouCall();
		Map<String, String> intruders = Map.of("plan officer of another district", token("plan-officer"),
				"finance officer of another district", token("finance-officer"), "district officer of another district",
				ProjectWorld.districtOfficer(JINJIANG));

		List<String> reached = ObjectSwaps.of(this.http, this.mappings)
			.assertRefused((path) -> path.startsWith("/api/plan/calls/{id}"),
					(pattern) -> pattern.replace("{id}", callId),
					(pattern) -> pattern.replace("{id}", UUID.randomUUID().toString()), this::body, intruders);

		assertThat(reached).as("swaps that reached the object-level check").hasSize(13);
		assertThat(this.world.get("/api/plan/calls/" + callId, PlanFixtures.planOfficer()))
			.containsEntry("jurisdiction", PlanFixtures.WUHOU)
			.containsEntry("status", "SCHEDULED")
			.containsEntry("rulesVersion", 1)
			.containsEntry("version", 0);
	}

	@Test
	void aPlanOfficersEligibilityCheckTellsNothingOfAnotherDistrictsOrganisation() {
		String jinjiangCall = scheduledCall(JINJIANG, List.of(
				Map.of("kind", "organisation-type", "allowed", List.of("UNIVERSITY")),
				Map.of("kind", "jurisdiction", "allowed", List.of(PlanFixtures.CHENGDU))));
		String jinjiangOfficer = token("plan-officer");

		Map<String, Object> ofWuhou = check(jinjiangCall, jinjiangOfficer, this.organisationId);
		Map<String, Object> ofNothing = check(jinjiangCall, jinjiangOfficer, UUID.randomUUID().toString());

		assertThat(ofWuhou).isEqualTo(ofNothing);
		assertThat(check(jinjiangCall, PlanFixtures.planOfficer(), this.organisationId))
			.as("a Chengdu officer, who covers Wuhou, gets the organisation's facts")
			.isNotEqualTo(ofNothing)
			.containsEntry("eligible", true);
	}

	private String scheduledWuhouCall() {
		return scheduledCall(PlanFixtures.WUHOU, null);
	}

	private String scheduledCall(String jurisdiction, @Nullable List<Map<String, Object>> rules) {
		PlanClient client = new PlanClient(this.http);
		UUID programId = UUID.fromString(client.publishedProgram(null, jurisdiction).programId());
		Instant opensAt = Instant.now().plus(Duration.ofDays(1));
		return (String) client.postCall(PlanClient.call(programId, opensAt, opensAt.plus(Duration.ofDays(30)), rules))
			.expectStatus()
			.isCreated()
			.expectBody(PlanClient.JSON)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private Map<String, Object> check(String callId, String token, String organisationId) {
		return this.http.post().uri("/api/plan/calls/{id}/eligibility-check", callId)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("organisationId", organisationId))
			.exchange()
			.expectStatus().isOk()
			.expectBody(PlanClient.JSON).returnResult().getResponseBody();
	}

	/** A body the endpoint would accept from its rightful caller, so that only the swap can refuse it. */
	private @Nullable Object body(String method, String path) {
		if (path.endsWith("/eligibility-rules") && method.equals("PUT")) {
			return Map.of("eligibilityRules", List.of(Map.of("kind", "jurisdiction", "allowed", List.of(JINJIANG)),
					Map.of("kind", "max-amount", "amount", 1)));
		}
		if (path.endsWith("/eligibility-check")) {
			return Map.of("organisationId", this.organisationId, "requestedAmount", 100000.00, "durationMonths", 24);
		}
		return null;
	}

	private static String token(String role) {
		return TestTokens.shared().token().roles(role).jurisdiction(JINJIANG).subject(role + "-" + JINJIANG).build();
	}

}
