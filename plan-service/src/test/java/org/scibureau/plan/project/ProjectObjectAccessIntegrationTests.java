package org.scibureau.plan.project;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-id swaps on projects: another organisation's applicant, and a plan officer or district officer of another
 * district, call every endpoint of a submitted project of a Wuhou organisation with its real ids. Each gets exactly
 * what it gets for a project that does not exist: 403 where its role may not use the endpoint at all, 404 where it
 * may. Nothing is read or changed, and nothing tells the project exists. (Administrators and auditors read every
 * jurisdiction by design, so they are no intruders.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class ProjectObjectAccessIntegrationTests {

	private static final String JINJIANG = "510104";

	WebTestClient http;

	ProjectWorld world;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	String projectId;

	String milestoneId;

	String callId;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.world = new ProjectWorld(this.http);
	}

	@BeforeEach
	@SuppressWarnings("unchecked")
	void submittedProjectOfAWuhouOrganisation() {
		this.callId = this.world.openCall();
		String owner = ProjectWorld.applicant(this.world.organisation());
		Map<String, Object> draft = this.world.post("/api/plan/projects", owner,
				ProjectWorld.application(this.callId, UUID.randomUUID()));
		this.projectId = (String) draft.get("id");
		this.milestoneId = (String) ((List<Map<String, Object>>) draft.get("milestones")).get(0).get("id");
		this.world.act(this.projectId, "submission", owner, null);
	}

	@Test
	void everySwapOfAProjectsIdsIsRefusedAsIfTheProjectDidNotExist() {
		Map<String, String> intruders = Map.of("applicant of another organisation",
				ProjectWorld.applicant(this.world.organisation()), "plan officer of another district",
				token("plan-officer", JINJIANG), "district officer of another district",
				ProjectWorld.districtOfficer(JINJIANG));
		List<String> swaps = new ArrayList<>();

		for (String endpoint : projectEndpoints()) {
			for (Map.Entry<String, String> intruder : intruders.entrySet()) {
				int absent = call(endpoint, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
						intruder.getValue());
				int swapped = call(endpoint, this.projectId, this.milestoneId, intruder.getValue());
				assertThat(absent).as("%s on a project that does not exist", endpoint).isIn(403, 404);
				assertThat(swapped).as("%s as %s", endpoint, intruder.getKey()).isEqualTo(absent);
				if (absent == 404) {
					swaps.add(endpoint + " as " + intruder.getKey());
				}
			}
		}

		assertThat(swaps).as("swaps that reached the object-level check").hasSizeGreaterThanOrEqualTo(36);
		this.world.get("/api/plan/projects/" + this.projectId, PlanFixtures.planOfficer());
	}

	private int call(String endpoint, String projectId, String milestoneId, String token) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1)
			.replace("{id}", projectId)
			.replace("{milestoneId}", milestoneId)
			.replace("{attachmentId}", UUID.randomUUID().toString());
		WebTestClient.RequestBodySpec request = this.http.method(HttpMethod.valueOf(method))
			.uri(path)
			.headers((headers) -> {
				headers.setBearerAuth(token);
				headers.setIfMatch("\"1\"");
			});
		WebTestClient.RequestHeadersSpec<?> ready = request;
		if (method.equals("POST") && path.endsWith("/attachments")) {
			MultipartBodyBuilder upload = new MultipartBodyBuilder();
			upload.part("kind", "OTHER");
			upload.part("file", new ByteArrayResource("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)) {
				@Override
				public String getFilename() {
					return "letter.pdf";
				}
			}).contentType(MediaType.APPLICATION_PDF);
			ready = request.contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(upload.build());
		}
		else if (List.of("POST", "PUT").contains(method)) {
			ready = request.contentType(MediaType.APPLICATION_JSON).bodyValue(body(method, path));
		}
		return ready.exchange().returnResult(byte[].class).getStatus().value();
	}

	/** A body the endpoint would accept from its rightful caller, so that only the swap can refuse it. */
	private Object body(String method, String path) {
		if (method.equals("PUT")) {
			return ProjectWorld.application(this.callId, UUID.randomUUID());
		}
		if (path.endsWith("/contract")) {
			return Map.of("contractNumber", "CD-1", "signedOn", "2026-01-01");
		}
		if (path.endsWith("/approval")) {
			return Map.of("approvedBudget", 100000.00, "fiscalYear", 2026);
		}
		if (path.endsWith("/midterm-check")) {
			return Map.of("result", "PASSED", "remarks", "Fine.");
		}
		if (path.endsWith("/report")) {
			return Map.of("report", "Reached.");
		}
		return Map.of("reason", "Because.");
	}

	private Set<String> projectEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternsCondition().getPatterns()
			.stream()
			.map((pattern) -> pattern.getPatternString())
			.filter((pattern) -> pattern.startsWith("/api/plan/projects/{id}"))
			.forEach((pattern) -> info.getMethodsCondition().getMethods()
				.forEach((method) -> endpoints.add(method.name() + " " + pattern))));
		assertThat(endpoints).hasSizeGreaterThan(25);
		return endpoints;
	}

	private static String token(String role, String jurisdiction) {
		return TestTokens.shared().token().roles(role).jurisdiction(jurisdiction).subject(role + "-" + jurisdiction)
			.build();
	}

}
