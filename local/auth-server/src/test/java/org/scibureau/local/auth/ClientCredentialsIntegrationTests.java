package org.scibureau.local.auth;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClientCredentialsIntegrationTests {

	private static final String CLI = "scibureau-cli";

	private static final String CLI_SECRET = "scibureau-cli-secret";

	private static final String SCU = "cb22d4c3-effa-48a6-bf97-e63cd0396c11";

	private static final String EXPERT1 = "960b0046-d969-4881-ad5a-6e88ed98ffa2";

	@LocalServerPort
	private int port;

	private AuthServerClient client;

	@BeforeEach
	void connect() {
		this.client = AuthServerClient.machine(this.port);
	}

	@Test
	void issuesCliTokenWithDefaultClaimsWhenRequestSetsNone() {
		HttpResponse<String> response = this.client.clientCredentials(CLI, CLI_SECRET, Map.of());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(AuthServerClient.json(response, "$.token_type")).isEqualTo("Bearer");
		Jwt jwt = this.client.decodeAccessToken(AuthServerClient.json(response, "$.access_token"));
		assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
		assertThat(jwt.getIssuer()).hasToString(AuthServerClient.ISSUER);
		assertThat(jwt.getAudience()).containsExactly(AuthServerClient.AUDIENCE);
		assertThat(jwt.getSubject()).isEqualTo(CLI);
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo(CLI);
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("bureau-admin");
		assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo("510100");
		assertThat(jwt.hasClaim("org")).isFalse();
		assertThat(jwt.hasClaim("talent_id")).isFalse();
		assertThat(jwt.getNotBefore()).isEqualTo(jwt.getIssuedAt());
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void issuesCliTokenWithExactlyTheRequestedClaims() {
		HttpResponse<String> response = this.client.clientCredentials(CLI, CLI_SECRET,
				Map.of("roles", "applicant, expert", "jurisdiction", "510107", "org", SCU, "talent_id", EXPERT1,
						"sub", "demo-researcher"));

		assertThat(response.statusCode()).isEqualTo(200);
		Jwt jwt = this.client.decodeAccessToken(AuthServerClient.json(response, "$.access_token"));
		assertThat(jwt.getSubject()).isEqualTo("demo-researcher");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("applicant", "expert");
		assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo("510107");
		assertThat(jwt.getClaimAsString("org")).isEqualTo(SCU);
		assertThat(jwt.getClaimAsString("talent_id")).isEqualTo(EXPERT1);
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo(CLI);
		assertThat(jwt.getAudience()).containsExactly(AuthServerClient.AUDIENCE);
	}

	@Test
	void keepsDefaultJurisdictionWhenRequestSetsOnlyRoleAndOrg() {
		HttpResponse<String> response = this.client.clientCredentials(CLI, CLI_SECRET,
				Map.of("roles", "applicant", "org", SCU));

		Jwt jwt = this.client.decodeAccessToken(AuthServerClient.json(response, "$.access_token"));
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("applicant");
		assertThat(jwt.getClaimAsString("org")).isEqualTo(SCU);
		assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo("510100");
		assertThat(jwt.getSubject()).isEqualTo(CLI);
	}

	@Test
	void acceptsClientSecretInTheFormBody() {
		HttpResponse<String> response = this.client.postForm("/oauth2/token", Map.of("grant_type",
				"client_credentials", "client_id", CLI, "client_secret", CLI_SECRET, "roles", "auditor"));

		assertThat(response.statusCode()).isEqualTo(200);
		Jwt jwt = this.client.decodeAccessToken(AuthServerClient.json(response, "$.access_token"));
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("auditor");
	}

	@Test
	void rejectsUnknownRoleAsInvalidRequest() {
		HttpResponse<String> response = this.client.clientCredentials(CLI, CLI_SECRET,
				Map.of("roles", "plan-officer,mayor"));

		assertInvalidRequest(response, "mayor");
	}

	@Test
	void rejectsRoleWithSpringPrefixAsInvalidRequest() {
		HttpResponse<String> response = this.client.clientCredentials(CLI, CLI_SECRET,
				Map.of("roles", "ROLE_bureau-admin"));

		assertInvalidRequest(response, "ROLE_bureau-admin");
	}

	@Test
	void rejectsJurisdictionThatIsNotSixDigitsAsInvalidRequest() {
		HttpResponse<String> response = this.client.clientCredentials(CLI, CLI_SECRET,
				Map.of("jurisdiction", "51010"));

		assertInvalidRequest(response, "jurisdiction");
	}

	@Test
	void rejectsOrgThatIsNotUuidAsInvalidRequest() {
		HttpResponse<String> response = this.client.clientCredentials(CLI, CLI_SECRET, Map.of("org", "scu"));

		assertInvalidRequest(response, "org");
	}

	@Test
	void issuesFixedClaimsToSystemClient() {
		HttpResponse<String> response = this.client.clientCredentials("district-jinjiang", "district-jinjiang-secret",
				Map.of());

		assertThat(response.statusCode()).isEqualTo(200);
		Jwt jwt = this.client.decodeAccessToken(AuthServerClient.json(response, "$.access_token"));
		assertThat(jwt.getSubject()).isEqualTo("district-jinjiang");
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo("district-jinjiang");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("district-officer");
		assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo("510104");
	}

	@Test
	void issuesSeederOnlyTheOfficerRolesItSeedsWith() {
		HttpResponse<String> response = this.client.clientCredentials("scibureau-seeder", "scibureau-seeder-secret",
				Map.of());

		Jwt jwt = this.client.decodeAccessToken(AuthServerClient.json(response, "$.access_token"));
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("plan-officer", "talent-officer");
		assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo("510100");
	}

	@Test
	void refusesClaimParametersFromFixedClaimsClient() {
		HttpResponse<String> response = this.client.clientCredentials("finance-bureau", "finance-bureau-secret",
				Map.of("roles", "bureau-admin", "jurisdiction", "510104"));

		assertInvalidRequest(response, "fixed claims");
	}

	@Test
	void answersWrongSecretWithInvalidClient() {
		HttpResponse<String> response = this.client.clientCredentials(CLI, "not-the-secret", Map.of());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(AuthServerClient.json(response, "$.error")).isEqualTo("invalid_client");
	}

	@Test
	void answersUnknownClientWithInvalidClient() {
		HttpResponse<String> response = this.client.clientCredentials("nobody", "anything", Map.of());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(AuthServerClient.json(response, "$.error")).isEqualTo("invalid_client");
	}

	@Test
	void refusesClientCredentialsToPublicDashboardClient() {
		HttpResponse<String> response = this.client.postForm("/oauth2/token",
				Map.of("grant_type", "client_credentials", "client_id", "scibureau-dashboard"));

		// A public client authenticates only through PKCE, which client credentials lacks: it stays anonymous.
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("access_token");
	}

	private static void assertInvalidRequest(HttpResponse<String> response, String descriptionPart) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(AuthServerClient.json(response, "$.error")).isEqualTo("invalid_request");
		assertThat(AuthServerClient.json(response, "$.error_description")).contains(descriptionPart);
	}

}
