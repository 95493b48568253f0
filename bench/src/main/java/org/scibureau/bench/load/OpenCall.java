package org.scibureau.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.test.token.TestTokens;

/**
 * An open call of plan-service that applications can be drafted to, prepared through its API as the bureau and an
 * applicant do it (see the local launcher's demo seeder): a plan officer of the city registers an organisation of a
 * district, drafts an annual plan with one program, submits and publishes it, schedules a call under the program and
 * opens it. The organisation's applicant, with the token this gives, then drafts applications to the call.
 *
 * @param organisationId the registered organisation
 * @param jurisdiction the organisation's district
 * @param callId the open call
 * @param applicantToken a token of the organisation's applicant: role {@code applicant}, its {@code org} and
 * {@code jurisdiction}
 */
public record OpenCall(UUID organisationId, String jurisdiction, UUID callId, String applicantToken) {

	private static final String CLIENT = "scibureau-bench";

	private static final String CITY = "510100";

	/** Sichuan University's unified social credit code (the demo directory's), whose characters 3–8 are its district. */
	private static final String CREDIT_CODE = "12510107MB836479XD";

	private static final String DISTRICT = "510107";

	private static final String AREA = "Artificial intelligence";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Prepares an open call.
	 * @param service plan-service's base URI
	 * @param tokens the token issuer plan-service trusts
	 * @param lifetime how long the applicant's token must stay valid
	 * @return the open call
	 * @throws IOException if plan-service refuses a step
	 */
	public static OpenCall prepare(URI service, TestTokens tokens, Duration lifetime) throws IOException {
		Api api = new Api(service, tokens.token()
			.clientId(CLIENT)
			.subject(CLIENT)
			.roles("plan-officer")
			.jurisdiction(CITY)
			.build());
		JsonNode organisation = api.post("/api/plan/organisations", Map.of("creditCode", CREDIT_CODE, "name",
				"Sichuan University", "type", "UNIVERSITY", "jurisdiction", DISTRICT));
		int year = LocalDate.now().getYear();
		JsonNode plan = api.post("/api/plan/plans", Map.of("kind", "ANNUAL", "title", "Bench annual plan " + year,
				"periodStart", year, "periodEnd", year, "jurisdiction", CITY, "priorityAreas", List.of(AREA), "programs",
				List.of(Map.of("name", "Bench program", "priorityArea", AREA, "managingDepartment",
						"Department of High and New Technology", "annualBudgetCeiling", "100000000.00"))));
		String planPath = "/api/plan/plans/" + plan.path("id").stringValue();
		api.post(planPath + "/submission", null);
		api.post(planPath + "/publication", null);
		// Due to open tomorrow, so that plan-service's call schedule does not open it while the officer does.
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		JsonNode call = api.post("/api/plan/calls", Map.of("programId",
				plan.path("programs").path(0).path("id").stringValue(), "title", "Bench call " + year, "description",
				"Applications drafted by the bench.", "opensAt", now.plus(1, ChronoUnit.DAYS).toString(), "closesAt",
				now.plus(30, ChronoUnit.DAYS).toString()));
		String callId = call.path("id").stringValue();
		api.post("/api/plan/calls/" + callId + "/opening", null);
		UUID organisationId = UUID.fromString(organisation.path("id").stringValue());
		String applicant = tokens.token()
			.clientId(CLIENT)
			.subject("bench-applicant")
			.roles("applicant")
			.org(organisationId.toString())
			.jurisdiction(DISTRICT)
			.expiresIn(lifetime)
			.build();
		return new OpenCall(organisationId, DISTRICT, UUID.fromString(callId), applicant);
	}

	/**
	 * The body of drafting an application to this call ({@code POST /api/plan/projects}), valid and of a realistic
	 * size: a two-year project with a summary, three budget lines and two milestones.
	 * @param number makes the title unique
	 * @return the JSON body
	 */
	public String application(long number) {
		LocalDate start = LocalDate.now().plusMonths(2).withDayOfMonth(1);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("callId", this.callId.toString());
		body.put("title", "Bench application " + number + ": low-power inference on edge devices");
		body.put("summary", "Methods to run large models on the edge devices of city services within a watt, "
				+ "measured on the bureau's open data sets. ".repeat(4));
		body.put("fields", List.of(AREA, "Edge computing"));
		// Fifty researchers lead the applications; drafting does not look them up.
		byte[] investigator = ("bench-pi-" + number % 50).getBytes(StandardCharsets.UTF_8);
		body.put("principalInvestigatorId", UUID.nameUUIDFromBytes(investigator).toString());
		body.put("teamMemberIds", List.of());
		body.put("durationMonths", 24);
		body.put("startDate", start.toString());
		body.put("budget", Map.of("lines", List.of(line("EQUIPMENT", "Edge boards", "400000.00"),
				line("PERSONNEL", "Two research assistants", "600000.00"),
				line("TESTING", "Field trials", "150000.00"))));
		body.put("milestones", List.of(
				Map.of("title", "Prototype", "dueDate", start.plusMonths(12).minusDays(1).toString(), "deliverable",
						"A prototype running in a district service"),
				Map.of("title", "Evaluation", "dueDate", start.plusMonths(24).minusDays(1).toString(), "deliverable",
						"An evaluation report and the published code")));
		return JSON.writeValueAsString(body);
	}

	private static Map<String, String> line(String category, String description, String amount) {
		return Map.of("category", category, "description", description, "amount", amount);
	}

	/** plan-service's API as one caller. */
	private record Api(URI service, String token) {

		private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		/** POSTs a body (or none) and returns the answer's JSON; anything but 200 or 201 fails. */
		JsonNode post(String path, @Nullable Map<String, Object> body) throws IOException {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.service.resolve(path))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + this.token)
				.header("Content-Type", "application/json")
				.POST((body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
						: HttpRequest.BodyPublishers.noBody());
			try {
				HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200 && response.statusCode() != 201) {
					throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
				}
				return JSON.readTree(response.body());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted: POST " + path, ex);
			}
		}

	}

}
