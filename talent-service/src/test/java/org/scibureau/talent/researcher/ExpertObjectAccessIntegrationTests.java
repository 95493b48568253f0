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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import org.scibureau.platform.test.spring.ObjectSwaps;
import org.scibureau.platform.test.spring.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-id swaps on experts: another expert, and a talent officer or district officer of Jinjiang, call every
 * endpoint of a Wuhou researcher's expert profile with its real id. Each gets exactly what it gets for an expert that
 * does not exist: 403 where its role may not use the endpoint at all, 404 where it may. The other expert's change is
 * one an expert may make to its own profile (its availability), so only the swap can refuse it. (Plan officers,
 * administrators and auditors read the whole talent pool by design, so they are no intruders.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "talent")
class ExpertObjectAccessIntegrationTests {

	private static final List<String> REVIEW_FIELDS = List.of("artificial intelligence");

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
	void everySwapOfAnExpertsIdIsRefusedAsIfTheExpertDidNotExist() {
		String expertId = wuhouExpert();
		Map<String, String> intruders = Map.of("another expert", TalentFixtures.expert(UUID.randomUUID()),
				"talent officer of another district",
				TalentFixtures.tokenFor("talent-officer", TalentFixtures.JINJIANG),
				"district officer of another district",
				TalentFixtures.tokenFor("district-officer", TalentFixtures.JINJIANG));

		List<String> reached = ObjectSwaps.of(this.http, this.mappings)
			.assertRefused((path) -> path.startsWith("/api/talent/experts/{id}"),
					(pattern) -> pattern.replace("{id}", expertId),
					(pattern) -> pattern.replace("{id}", UUID.randomUUID().toString()),
					ExpertObjectAccessIntegrationTests::body, intruders);

		assertThat(reached).as("swaps that reached the object-level check").hasSize(7);
		assertThat(ResearcherObjectAccessIntegrationTests.read(this.http, "/api/talent/experts/" + expertId))
			.containsEntry("available", true)
			.containsEntry("version", 0);
	}

	private String wuhouExpert() {
		String researcherId = ResearcherObjectAccessIntegrationTests.wuhouResearcher(this.http, UUID.randomUUID());
		this.http.post().uri("/api/talent/experts")
			.headers((headers) -> headers.setBearerAuth(TalentFixtures.talentOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(TalentFixtures.expertProfile(researcherId, REVIEW_FIELDS))
			.exchange()
			.expectStatus().isCreated();
		return researcherId;
	}

	/** A body the endpoint would accept from its rightful caller, so that only the swap can refuse it. */
	private static @Nullable Object body(String method, String path) {
		if (!method.equals("PUT")) {
			return null;
		}
		return Map.of("reviewFields", REVIEW_FIELDS, "available", false);
	}

}
