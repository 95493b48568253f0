package org.scibureau.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.plan.organisation.CreditCodes;
import org.scibureau.platform.test.token.TestTokens;

/**
 * The HTTP steps tests take to get to a call or an organisation: publish a plan, schedule a call under one of its
 * programs, register an organisation.
 */
public final class PlanClient {

	public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private final WebTestClient http;

	public PlanClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** The client, for the requests under test. */
	public WebTestClient http() {
		return this.http;
	}

	/** The first program of a newly published Chengdu plan. */
	@SuppressWarnings("unchecked")
	public UUID publishedProgram() {
		Map<String, Object> plan = this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Plan")))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody();
		for (String action : List.of("submission", "publication")) {
			this.http.post().uri("/api/plan/plans/{id}/" + action, plan.get("id"))
				.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
				.exchange()
				.expectStatus().isOk();
		}
		List<Map<String, Object>> programs = (List<Map<String, Object>>) plan.get("programs");
		return UUID.fromString((String) programs.get(0).get("id"));
	}

	/** The body of scheduling a call, with its eligibility rules unless {@code rules} is {@code null}. */
	public static Map<String, Object> call(UUID programId, Instant opensAt, Instant closesAt,
			@Nullable List<Map<String, Object>> rules) {
		Map<String, Object> body = new HashMap<>(Map.of("programId", programId, "title",
				PlanFixtures.uniqueTitle("Call"), "description", "Biomedicine projects", "opensAt", opensAt.toString(),
				"closesAt", closesAt.toString()));
		if (rules != null) {
			body.put("eligibilityRules", rules);
		}
		return body;
	}

	/** Schedules a call as a Chengdu plan officer. */
	public WebTestClient.ResponseSpec postCall(Map<String, Object> body) {
		return this.http.post().uri("/api/plan/calls")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** A call scheduled to open in an hour under a new program, as the API shows it. */
	public Map<String, Object> scheduledCall(@Nullable List<Map<String, Object>> rules) {
		Instant opensAt = Instant.now().plusSeconds(3600);
		return postCall(call(publishedProgram(), opensAt, opensAt.plusSeconds(86400), rules)).expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	/** Registers an organisation (as a bureau administrator, who may register one in any division). */
	public UUID registerOrganisation(String type, String jurisdiction) {
		String admin = TestTokens.shared().token().roles("bureau-admin").subject("admin").build();
		Map<String, Object> created = this.http.post().uri("/api/plan/organisations")
			.headers((headers) -> headers.setBearerAuth(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("creditCode", CreditCodes.unique(), "name", PlanFixtures.uniqueTitle("Organisation"),
					"type", type, "jurisdiction", jurisdiction))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

}
