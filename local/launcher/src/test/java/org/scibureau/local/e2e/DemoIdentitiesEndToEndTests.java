package org.scibureau.local.e2e;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.local.seed.DemoDirectory;
import org.scibureau.local.token.TokenClaims;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's registry and talent pool across processes: organisations, researchers and experts seeded through the
 * gateway under the ids of the authorization server's demo directory, so that tokens naming those ids reach them.
 */
class DemoIdentitiesEndToEndTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Platform platform;

	private static DemoDirectory directory;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		directory = platform.demoDirectory();
	}

	@Test
	void anApplicantReadsItsDemoOrganisationUnderTheIdItsTokenNames() {
		DemoDirectory.Organisation scu = directory.organisation("scu");
		TokenClaims applicant = TokenClaims.roles("applicant")
			.withOrg(scu.id().toString())
			.withJurisdiction(scu.jurisdiction());

		JsonNode organisation = get(platform.client(applicant), "/api/plan/organisations/" + scu.id());

		assertThat(organisation.path("creditCode").stringValue()).isEqualTo(scu.creditCode());
		assertThat(organisation.path("name").stringValue()).isEqualTo(scu.nameZh());
	}

	@Test
	void aDemoExpertReadsItsOwnReviewProfileUnderTheIdItsTokenNames() {
		DemoDirectory.Talent expert1 = directory.talent("expert1");
		TokenClaims expert = TokenClaims.roles("expert").withTalentId(expert1.id().toString());

		JsonNode profile = get(platform.client(expert), "/api/talent/experts/" + expert1.id());

		assertThat(profile.path("reviewFields").valueStream().map(JsonNode::stringValue)).contains("生物医药");
		assertThat(profile.path("available").booleanValue()).isTrue();
	}

	@Test
	void aTalentOfficerFindsEveryDemoTalentAsAResearcherAndTheUnavailableExpert() {
		JsonNode researchers = get(platform.client("talent-officer"), "/api/talent/researchers?limit=500");
		JsonNode unavailable = get(platform.client("talent-officer"), "/api/talent/experts?available=false&limit=500");

		assertThat(ids(researchers))
			.containsAll(directory.talents().stream().map((talent) -> talent.id().toString()).toList());
		assertThat(ids(unavailable)).contains(directory.talent("yang-xue").id().toString());
	}

	private static JsonNode get(WebTestClient client, String uri) {
		String body = client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	private static List<String> ids(JsonNode page) {
		return page.path("items").valueStream().map((item) -> item.path("id").stringValue()).toList();
	}

}
