package org.scibureau.talent.researcher;

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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import org.scibureau.platform.test.spring.ObjectSwaps;
import org.scibureau.platform.test.spring.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-id swaps on researchers: another organisation's applicant, and a talent officer or district officer of
 * Jinjiang, call every endpoint of a Wuhou organisation's researcher with its real id. Each gets exactly what it gets
 * for a researcher that does not exist: 403 where its role may not use the endpoint at all, 404 where it may. The
 * Jinjiang talent officer's correction moves the researcher into Jinjiang, a body it could send for one of its own.
 * (Plan officers, administrators and auditors read the whole talent pool by design, as the experts of a review may
 * come from anywhere, so they are no intruders.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "talent")
class ResearcherObjectAccessIntegrationTests {

	static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	WebTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void everySwapOfAResearchersIdIsRefusedAsIfTheResearcherDidNotExist() {
		String researcherId = wuhouResearcher(this.http, UUID.randomUUID());
		Map<String, String> intruders = Map.of("applicant of another organisation",
				TalentFixtures.applicant(UUID.randomUUID()), "talent officer of another district",
				TalentFixtures.tokenFor("talent-officer", TalentFixtures.JINJIANG),
				"district officer of another district",
				TalentFixtures.tokenFor("district-officer", TalentFixtures.JINJIANG));

		List<String> reached = ObjectSwaps.of(this.http, this.mappings)
			.assertRefused((path) -> path.startsWith("/api/talent/researchers/{id}"),
					(pattern) -> pattern.replace("{id}", researcherId),
					(pattern) -> pattern.replace("{id}", UUID.randomUUID().toString()),
					ResearcherObjectAccessIntegrationTests::body, intruders);

		assertThat(reached).as("swaps that reached the object-level check").hasSize(7);
		assertThat(read(this.http, "/api/talent/researchers/" + researcherId))
			.containsEntry("jurisdiction", TalentFixtures.WUHOU)
			.containsEntry("version", 0);
	}

	/** Registers a Wuhou researcher of the organisation as a Chengdu talent officer and answers its id. */
	static String wuhouResearcher(WebTestClient http, UUID organisationId) {
		return (String) http.post().uri("/api/talent/researchers")
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(TalentFixtures.researcher(TalentFixtures.uniqueName("Researcher"), TalentFixtures.uniqueOrcid(),
					organisationId))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody().get("id");
	}

	/** Reads a record as a Chengdu talent officer. */
	static Map<String, Object> read(WebTestClient http, String uri) {
		return http.get().uri(uri)
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON).returnResult().getResponseBody();
	}

	/** A body the endpoint would accept from its rightful caller, so that only the swap can refuse it. */
	private static @Nullable Object body(String method, String path) {
		if (!method.equals("PUT")) {
			return null;
		}
		Map<String, Object> moved = TalentFixtures.researcher(TalentFixtures.uniqueName("Taken over"),
				TalentFixtures.uniqueOrcid(), UUID.randomUUID());
		moved.put("jurisdiction", TalentFixtures.JINJIANG);
		return moved;
	}

}
