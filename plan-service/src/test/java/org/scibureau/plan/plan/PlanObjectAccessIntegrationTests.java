package org.scibureau.plan.plan;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import org.scibureau.plan.PlanFixtures;
import org.scibureau.plan.project.ProjectWorld;
import org.scibureau.platform.test.spring.ObjectSwaps;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-id swaps on plans: the plan, finance and district officers of Jinjiang call every endpoint of a submitted
 * Wuhou district plan with its real id. Each gets exactly what it gets for a plan that does not exist: 403 where its
 * role may not use the endpoint at all, 404 where it may. The Jinjiang plan officer's revision moves the plan into
 * Jinjiang, a body it could send for one of its own. (Administrators and auditors read every jurisdiction by design,
 * and a Chengdu officer covers Wuhou, so they are no intruders.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class PlanObjectAccessIntegrationTests {

	private static final String JINJIANG = "510104";

	WebTestClient http;

	ProjectWorld world;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.world = new ProjectWorld(this.http);
	}

	@Test
	void everySwapOfAWuhouPlansIdIsRefusedAsIfThePlanDidNotExist() {
		String planId = submittedWuhouPlan();
		Map<String, String> intruders = Map.of("plan officer of another district", token("plan-officer"),
				"finance officer of another district", token("finance-officer"), "district officer of another district",
				ProjectWorld.districtOfficer(JINJIANG));

		List<String> reached = ObjectSwaps.of(this.http, this.mappings)
			.assertRefused((path) -> path.startsWith("/api/plan/plans/{id}"),
					(pattern) -> pattern.replace("{id}", planId),
					(pattern) -> pattern.replace("{id}", UUID.randomUUID().toString()),
					PlanObjectAccessIntegrationTests::body, intruders);

		assertThat(reached).as("swaps that reached the object-level check").hasSize(14);
		assertThat(this.world.get("/api/plan/plans/" + planId, PlanFixtures.planOfficer()))
			.containsEntry("jurisdiction", PlanFixtures.WUHOU)
			.containsEntry("status", "UNDER_REVIEW")
			.containsEntry("version", 1);
	}

	private String submittedWuhouPlan() {
		String planId = (String) this.world.post("/api/plan/plans", PlanFixtures.planOfficer(),
				plan(PlanFixtures.WUHOU)).get("id");
		this.http.post().uri("/api/plan/plans/{id}/submission", planId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk();
		return planId;
	}

	private static Map<String, Object> plan(String jurisdiction) {
		Map<String, Object> plan = new HashMap<>(PlanFixtures.annualPlan(PlanFixtures.uniqueTitle("District plan")));
		plan.put("jurisdiction", jurisdiction);
		return plan;
	}

	/** A body the endpoint would accept from its rightful caller, so that only the swap can refuse it. */
	private static @Nullable Object body(String method, String path) {
		if (method.equals("PUT")) {
			return plan(JINJIANG);
		}
		if (path.endsWith("/return")) {
			return Map.of("reason", "Because.");
		}
		return null;
	}

	private static String token(String role) {
		return TestTokens.shared().token().roles(role).jurisdiction(JINJIANG).subject(role + "-" + JINJIANG).build();
	}

}
