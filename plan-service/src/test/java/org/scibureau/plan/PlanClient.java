package org.scibureau.plan;

import java.math.BigDecimal;
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
		this(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build());
	}

	public PlanClient(WebTestClient http) {
		this.http = http;
	}

	/** The client, for the requests under test. */
	public WebTestClient http() {
		return this.http;
	}

	/** The first program of a newly published Chengdu plan. */
	public UUID publishedProgram() {
		return UUID.fromString(publishedProgram(null).programId());
	}

	/**
	 * The first program of a newly published Chengdu plan (biomedicine).
	 * @param ceiling the annual budget ceiling of the plan's programs, or {@code null} for the fixture's
	 */
	public PublishedProgram publishedProgram(@Nullable BigDecimal ceiling) {
		return publishedProgram(ceiling, PlanFixtures.CHENGDU);
	}

	/**
	 * The first program of a newly published plan of a division (biomedicine), published by a Chengdu plan officer.
	 * @param ceiling the annual budget ceiling of the plan's programs, or {@code null} for the fixture's
	 * @param jurisdiction Chengdu or one of its districts
	 */
	@SuppressWarnings("unchecked")
	public PublishedProgram publishedProgram(@Nullable BigDecimal ceiling, String jurisdiction) {
		Map<String, Object> body = new HashMap<>(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("Plan")));
		body.put("jurisdiction", jurisdiction);
		if (ceiling != null) {
			body.put("programs", ((List<Map<String, Object>>) body.get("programs")).stream().map((program) -> {
				Map<String, Object> capped = new HashMap<>(program);
				capped.put("annualBudgetCeiling", ceiling);
				return capped;
			}).toList());
		}
		Map<String, Object> plan = this.http.post().uri("/api/plan/plans")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
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
		return new PublishedProgram((String) plan.get("id"), (String) programs.get(0).get("id"));
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

	/**
	 * A program of a published plan.
	 *
	 * @param planId the plan (version)
	 * @param programId the program
	 */
	public record PublishedProgram(String planId, String programId) {
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
