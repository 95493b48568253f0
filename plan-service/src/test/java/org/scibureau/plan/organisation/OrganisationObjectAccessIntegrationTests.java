package org.scibureau.plan.organisation;

import java.time.Duration;
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
 * Object-id swaps on organisations: another organisation's applicant, and a plan officer or district officer of
 * another district, call every endpoint of a Wuhou organisation with its real id. Each gets exactly what it gets for
 * an organisation that does not exist: 403 where its role may not use the endpoint at all, 404 where it may. The
 * Jinjiang plan officer's correction moves the organisation into Jinjiang, a body it could send for one of its own.
 * (Administrators and auditors read every jurisdiction by design, so they are no intruders.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class OrganisationObjectAccessIntegrationTests {

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
	void everySwapOfAnOrganisationsIdIsRefusedAsIfTheOrganisationDidNotExist() {
		String organisationId = this.world.organisation();
		Map<String, String> intruders = Map.of("applicant of another organisation",
				ProjectWorld.applicant(this.world.organisation()), "plan officer of another district",
				token("plan-officer", JINJIANG), "district officer of another district",
				ProjectWorld.districtOfficer(JINJIANG));

		List<String> reached = ObjectSwaps.of(this.http, this.mappings)
			.assertRefused((path) -> path.startsWith("/api/plan/organisations/{id}"),
					(pattern) -> pattern.replace("{id}", organisationId),
					(pattern) -> pattern.replace("{id}", UUID.randomUUID().toString()),
					OrganisationObjectAccessIntegrationTests::body, intruders);

		assertThat(reached).as("swaps that reached the object-level check").hasSize(7);
		assertThat(this.world.get("/api/plan/organisations/" + organisationId, PlanFixtures.planOfficer()))
			.containsEntry("jurisdiction", PlanFixtures.WUHOU)
			.containsEntry("version", 0);
	}

	/** A body the endpoint would accept from its rightful caller, so that only the swap can refuse it. */
	private static @Nullable Object body(String method, String path) {
		if (!method.equals("PUT")) {
			return null;
		}
		return Map.of("creditCode", CreditCodes.unique(), "name", PlanFixtures.uniqueTitle("Taken over"), "type",
				"UNIVERSITY", "jurisdiction", JINJIANG);
	}

	private static String token(String role, String jurisdiction) {
		return TestTokens.shared().token().roles(role).jurisdiction(jurisdiction).subject(role + "-" + jurisdiction)
			.build();
	}

}
