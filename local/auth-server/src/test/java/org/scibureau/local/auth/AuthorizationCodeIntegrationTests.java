package org.scibureau.local.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the dashboard's login end to end as a browser does: authorize, log in with the form, follow the
 * redirects with the session cookie, exchange the code with the PKCE verifier.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthorizationCodeIntegrationTests {

	private static final String DASHBOARD = "scibureau-dashboard";

	private static final String REDIRECT_URI = "http://127.0.0.1:5173/callback";

	private static final String PASSWORD = "scibureau-demo";

	private static final String HTML = "text/html";

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	private AuthServerClient browser;

	private String verifier;

	@BeforeEach
	void openBrowser() {
		this.browser = AuthServerClient.browser(this.port);
		this.verifier = codeVerifier();
	}

	@Test
	void issuesApplicantTokenCarryingTheUsersClaims() {
		String code = logInAndAuthorize("applicant-scu");

		HttpResponse<String> response = exchange(code, this.verifier);

		assertThat(response.statusCode()).isEqualTo(200);
		Jwt accessToken = this.browser.decodeAccessToken(AuthServerClient.json(response, "$.access_token"));
		assertThat(accessToken.getSubject()).isEqualTo("applicant-scu");
		assertThat(accessToken.getAudience()).containsExactly(AuthServerClient.AUDIENCE);
		assertThat(accessToken.getClaimAsString("client_id")).isEqualTo(DASHBOARD);
		assertThat(accessToken.getClaimAsStringList("roles")).containsExactly("applicant");
		assertThat(accessToken.getClaimAsString("jurisdiction")).isEqualTo("510107");
		assertThat(accessToken.getClaimAsString("org")).isEqualTo("cb22d4c3-effa-48a6-bf97-e63cd0396c11");
		assertThat(accessToken.hasClaim("talent_id")).isFalse();
		assertThat(accessToken.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile");
	}

	@Test
	void issuesExpertTokenWithTalentIdAndIdTokenWithRoles() {
		String code = logInAndAuthorize("expert1");

		HttpResponse<String> response = exchange(code, this.verifier);

		assertThat(response.statusCode()).isEqualTo(200);
		Jwt accessToken = this.browser.decodeAccessToken(AuthServerClient.json(response, "$.access_token"));
		assertThat(accessToken.getClaimAsStringList("roles")).containsExactly("expert");
		assertThat(accessToken.getClaimAsString("talent_id")).isEqualTo("960b0046-d969-4881-ad5a-6e88ed98ffa2");
		assertThat(accessToken.hasClaim("org")).isFalse();
		Jwt idToken = this.browser.decodeIdToken(AuthServerClient.json(response, "$.id_token"), DASHBOARD);
		assertThat(idToken.getSubject()).isEqualTo("expert1");
		assertThat(idToken.getClaimAsStringList("roles")).containsExactly("expert");
	}

	@Test
	void answersUserinfoForTheUsersAccessToken() {
		HttpResponse<String> tokens = exchange(logInAndAuthorize("jinjiang"), this.verifier);
		String accessToken = AuthServerClient.json(tokens, "$.access_token");

		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(this.browser.uri("/userinfo"))
			.header("Authorization", "Bearer " + accessToken)
			.GET()
			.build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(AuthServerClient.json(response, "$.sub")).isEqualTo("jinjiang");
	}

	@Test
	void rejectsCodeExchangeWithWrongVerifier() {
		String code = logInAndAuthorize("planner");

		HttpResponse<String> response = exchange(code, codeVerifier());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(AuthServerClient.json(response, "$.error")).isEqualTo("invalid_grant");
	}

	@Test
	void rejectsAuthorizationRequestWithoutCodeChallenge() {
		Map<String, String> parameters = authorizationParameters();
		parameters.remove("code_challenge");
		parameters.remove("code_challenge_method");

		HttpResponse<String> response = this.browser.get("/oauth2/authorize?" + AuthServerClient.form(parameters),
				HTML);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response).toString()).startsWith(REDIRECT_URI)
			.contains("error=invalid_request")
			.contains("code_challenge");
	}

	@Test
	void rejectsPlainCodeChallengeMethod() {
		Map<String, String> parameters = authorizationParameters();
		parameters.put("code_challenge", this.verifier);
		parameters.put("code_challenge_method", "plain");

		HttpResponse<String> response = this.browser.get("/oauth2/authorize?" + AuthServerClient.form(parameters),
				HTML);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response).toString()).startsWith(REDIRECT_URI).contains("error=invalid_request");
	}

	@Test
	void sendsBrowserBackToLoginFormOnWrongPassword() {
		HttpResponse<String> loginPage = this.browser.get("/login", HTML);

		HttpResponse<String> response = this.browser.postForm("/login",
				Map.of("username", "admin", "password", "wrong", "_csrf", csrfToken(loginPage)));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response).toString()).endsWith("/login?error");
	}

	@Test
	void refusesUnregisteredRedirectUri() {
		Map<String, String> parameters = authorizationParameters();
		parameters.put("redirect_uri", "http://evil.example/callback");

		HttpResponse<String> response = this.browser.get("/oauth2/authorize?" + AuthServerClient.form(parameters),
				HTML);

		assertThat(response.statusCode()).isEqualTo(400);
	}

	private String logInAndAuthorize(String username) {
		String authorize = "/oauth2/authorize?" + AuthServerClient.form(authorizationParameters());
		HttpResponse<String> toLogin = this.browser.get(authorize, HTML);
		assertThat(toLogin.statusCode()).isEqualTo(302);
		assertThat(location(toLogin).getPath()).isEqualTo("/login");

		HttpResponse<String> loginPage = this.browser.get(location(toLogin), HTML);
		HttpResponse<String> loggedIn = this.browser.postForm("/login",
				Map.of("username", username, "password", PASSWORD, "_csrf", csrfToken(loginPage)));
		assertThat(loggedIn.statusCode()).isEqualTo(302);

		HttpResponse<String> toClient = this.browser.get(location(loggedIn), HTML);
		assertThat(toClient.statusCode()).isEqualTo(302);
		URI callback = location(toClient);
		assertThat(callback.toString()).startsWith(REDIRECT_URI);
		Map<String, String> query = UriComponentsBuilder.fromUri(callback).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsEntry("state", "demo-state");
		return query.get("code");
	}

	private HttpResponse<String> exchange(String code, String codeVerifier) {
		return this.browser.postForm("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
				"redirect_uri", REDIRECT_URI, "client_id", DASHBOARD, "code_verifier", codeVerifier));
	}

	private Map<String, String> authorizationParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", DASHBOARD);
		parameters.put("scope", "openid profile");
		parameters.put("state", "demo-state");
		parameters.put("redirect_uri", REDIRECT_URI);
		parameters.put("code_challenge", codeChallenge(this.verifier));
		parameters.put("code_challenge_method", "S256");
		return parameters;
	}

	private URI location(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return this.browser.uri("/").resolve(location);
	}

	private static String csrfToken(HttpResponse<String> loginPage) {
		Matcher matcher = CSRF_TOKEN.matcher(loginPage.body());
		assertThat(matcher.find()).as("login page carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static String codeVerifier() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String codeChallenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
