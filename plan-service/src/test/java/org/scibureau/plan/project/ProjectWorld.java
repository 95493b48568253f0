package org.scibureau.plan.project;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.plan.PlanClient;
import org.scibureau.plan.PlanFixtures;
import org.scibureau.plan.organisation.CreditCodes;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Builds what an application needs over the API, as the bureau would: a published plan, a call open for
 * submissions, a registered applicant organisation, and the tokens of its applicant and of officers.
 */
public final class ProjectWorld {

	public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private final WebTestClient http;

	public ProjectWorld(WebTestClient http) {
		this.http = http;
	}

	/** A published plan's first program, and an open call under it with the default eligibility rules. */
	public String openCall() {
		return openCall(null);
	}

	/**
	 * A published plan's first program, and an open call under it; waits until the call schedule opens it.
	 * @param eligibilityRules the call's rules, or null for the defaults
	 */
	String openCall(List<Map<String, Object>> eligibilityRules) {
		return openCall(eligibilityRules, null);
	}

	/**
	 * A published plan's first program, and an open call under it; waits until the call schedule opens it.
	 * @param eligibilityRules the call's rules, or null for the defaults
	 * @param ceiling the program's annual budget ceiling, or null for the fixture's
	 */
	String openCall(List<Map<String, Object>> eligibilityRules, Double ceiling) {
		String programId = new PlanClient(this.http)
			.publishedProgram((ceiling != null) ? BigDecimal.valueOf(ceiling) : null)
			.programId();
		Instant now = Instant.now();
		String callId = (String) post("/api/plan/calls", PlanFixtures.planOfficer(), PlanClient.call(
				UUID.fromString(programId), now.minusSeconds(60), now.plus(Duration.ofDays(30)), eligibilityRules))
			.get("id");
		await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(get("/api/plan/calls/" + callId,
				PlanFixtures.planOfficer()).get("status")));
		return callId;
	}

	/** A newly registered organisation of Wuhou district. */
	public String organisation() {
		return (String) post("/api/plan/organisations", PlanFixtures.planOfficer(), Map.of("creditCode",
				CreditCodes.unique(), "name", PlanFixtures.uniqueTitle("University"), "type", "UNIVERSITY",
				"jurisdiction", PlanFixtures.WUHOU)).get("id");
	}

	public static String applicant(String organisationId) {
		return TestTokens.shared().token().roles("applicant").org(organisationId).jurisdiction(PlanFixtures.WUHOU)
			.subject("applicant-" + organisationId.substring(0, 8)).build();
	}

	public static String districtOfficer(String jurisdiction) {
		return TestTokens.shared().token().roles("district-officer").jurisdiction(jurisdiction)
			.subject("district-" + jurisdiction).build();
	}

	/** A complete, sound application to the call led by {@code piId}. */
	public static Map<String, Object> application(String callId, UUID piId) {
		Map<String, Object> body = new HashMap<>();
		body.put("callId", callId);
		body.put("title", PlanFixtures.uniqueTitle("CAR-T therapy"));
		body.put("summary", "Engineered T cells against solid tumours.");
		body.put("fields", List.of("biomedicine"));
		body.put("principalInvestigatorId", piId.toString());
		body.put("teamMemberIds", List.of(UUID.randomUUID().toString()));
		body.put("durationMonths", 24);
		body.put("startDate", LocalDate.now().plusMonths(2).withDayOfMonth(1).toString());
		body.put("budget", Map.of("lines", List.of(
				Map.of("category", "EQUIPMENT", "description", "Flow cytometer", "amount", 300000.00),
				Map.of("category", "MATERIALS", "description", "Reagents", "amount", 400000.00),
				Map.of("category", "PERSONNEL", "description", "Two postdocs", "amount", 200000.00),
				Map.of("category", "INDIRECT", "description", "Overheads", "amount", 100000.00))));
		body.put("milestones", List.of(
				Map.of("title", "Vector constructed", "dueDate", LocalDate.now().plusMonths(8).toString(),
						"deliverable", "Validated lentiviral vector"),
				Map.of("title", "Pre-clinical study", "dueDate", LocalDate.now().plusMonths(20).toString(),
						"deliverable", "Study report")));
		return body;
	}

	public Map<String, Object> post(String uri, String token, Object body) {
		return this.http.post().uri(uri)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody();
	}

	public Map<String, Object> get(String uri, String token) {
		return this.http.get().uri(uri)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON).returnResult().getResponseBody();
	}

	/** Takes an action on a project, expecting it to succeed. */
	public Map<String, Object> act(String projectId, String action, String token, Object body) {
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/api/plan/projects/{id}/" + action, projectId)
			.headers((headers) -> headers.setBearerAuth(token));
		WebTestClient.ResponseSpec response = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange() : request.exchange();
		return response.expectStatus().isOk()
			.expectHeader().exists(HttpHeaders.ETAG)
			.expectBody(JSON).returnResult().getResponseBody();
	}

}
