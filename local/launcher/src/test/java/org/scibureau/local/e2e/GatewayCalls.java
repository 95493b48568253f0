package org.scibureau.local.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls the end-to-end tests make through the gateway, and the plan and call they start from.
 */
final class GatewayCalls {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GatewayCalls() {
	}

	/** Publishes an annual plan of this year with one program, and answers the program's id. */
	static String publishPlan(WebTestClient officer, String run, int year) {
		Map<String, Object> program = new LinkedHashMap<>();
		program.put("name", "Digital health " + run);
		program.put("priorityArea", "生物医药");
		program.put("managingDepartment", "成都市科学技术局社会发展科技处");
		program.put("annualBudgetCeiling", new BigDecimal("10000000.00"));
		program.put("managementInstitution", "成都市科技项目管理服务中心");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "ANNUAL");
		body.put("title", "End-to-end digital health plan " + run);
		body.put("periodStart", year);
		body.put("periodEnd", year);
		body.put("jurisdiction", "510100");
		body.put("priorityAreas", List.of("生物医药"));
		body.put("programs", List.of(program));
		JsonNode plan = send(officer, "POST", "/api/plan/plans", body, null, HttpStatus.CREATED);
		JsonNode published = act(officer, "/api/plan/plans/" + text(plan, "id"), "publication",
				act(officer, "/api/plan/plans/" + text(plan, "id"), "submission", plan));
		assertThat(text(published, "status")).isEqualTo("PUBLISHED");
		return text(published.path("programs").get(0), "id");
	}

	/** Schedules a call of the program that opens now and closes in 30 days. */
	static String scheduleCallOpeningNow(WebTestClient officer, String programId, String run) {
		Instant now = Instant.now();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("programId", programId);
		body.put("title", "End-to-end digital health call " + run);
		body.put("description", "Wearable and AI-assisted diagnostics for hospitals and universities.");
		body.put("opensAt", now.toString());
		body.put("closesAt", now.plus(Duration.ofDays(30)).toString());
		body.put("eligibilityRules", List.of(Map.of("kind", "organisation-type", "allowed", List.of("HOSPITAL", "UNIVERSITY")),
				Map.of("kind", "max-amount", "amount", new BigDecimal("2000000.00")),
				Map.of("kind", "max-duration", "months", 36), Map.of("kind", "no-active-sanction")));
		JsonNode call = send(officer, "POST", "/api/plan/calls", body, null, HttpStatus.CREATED);
		assertThat(text(call, "status")).isEqualTo("SCHEDULED");
		return text(call, "id");
	}

	static JsonNode act(WebTestClient client, String path, String action, JsonNode item) {
		return send(client, "POST", path + "/" + action, null, item, HttpStatus.OK);
	}

	static JsonNode get(WebTestClient client, String uri) {
		return send(client, "GET", uri, null, null, HttpStatus.OK);
	}

	/** Sends a request, naming the version of {@code current} in {@code If-Match} if given, and reads the answer. */
	static JsonNode send(WebTestClient client, String method, String uri, @Nullable Object body,
			@Nullable JsonNode current, HttpStatus expected) {
		WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method))
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON);
		if (current != null) {
			request.header("If-Match", "\"" + current.path("version").asLong() + "\"");
		}
		WebTestClient.RequestHeadersSpec<?> ready = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(JSON.writeValueAsString(body)) : request;
		String answer = ready.exchange()
			.expectStatus()
			.isEqualTo(expected)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree((answer != null) ? answer : "null");
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : value.isNumber() ? value.asString() : "";
	}

}
