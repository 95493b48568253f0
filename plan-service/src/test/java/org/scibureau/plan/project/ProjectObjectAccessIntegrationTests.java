package org.scibureau.plan.project;

import java.time.Duration;
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

import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.test.spring.ObjectSwaps;
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

		List<String> reached = ObjectSwaps.of(this.http, this.mappings)
			.assertRefused((path) -> path.startsWith("/api/plan/projects/{id}"),
					(pattern) -> ids(pattern, this.projectId, this.milestoneId),
					(pattern) -> ids(pattern, UUID.randomUUID().toString(), UUID.randomUUID().toString()),
					this::body, intruders);

		assertThat(reached).as("swaps that reached the object-level check").hasSizeGreaterThanOrEqualTo(36);
		this.world.get("/api/plan/projects/" + this.projectId, PlanFixtures.planOfficer());
	}

	private static String ids(String pattern, String projectId, String milestoneId) {
		return pattern.replace("{id}", projectId)
			.replace("{milestoneId}", milestoneId)
			.replace("{attachmentId}", UUID.randomUUID().toString());
	}

	/** A body the endpoint would accept from its rightful caller, so that only the swap can refuse it. */
	private @Nullable Object body(String method, String path) {
		if (method.equals("GET") || method.equals("DELETE")) {
			return null;
		}
		if (path.endsWith("/attachments")) {
			return ProjectAttachmentIntegrationTests.parts(ProjectAttachmentIntegrationTests.pdf(), "letter.pdf",
					MediaType.APPLICATION_PDF, null);
		}
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

	private static String token(String role, String jurisdiction) {
		return TestTokens.shared().token().roles(role).jurisdiction(jurisdiction).subject(role + "-" + jurisdiction)
			.build();
	}

}
