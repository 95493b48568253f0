package org.scibureau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import reactor.core.publisher.Flux;

import org.scibureau.platform.observability.CorrelationId;
import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.testapp.TestAppIntegrationTest;

@TestAppIntegrationTest
class ProblemDetailsIntegrationTests {

	/** Above the test application's 16 KB limit on request bodies. */
	private static final int OVERSIZED = 20 * 1024;

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void answersMalformedJsonWithAProblemDocument() {
		post("/api/testapp/things", "{\"name\": \"Lamp\", \"size\": ").header(CorrelationId.HEADER, "malformed-1")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:malformed-request")
			.jsonPath("$.title").isEqualTo("Malformed request")
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.detail").isEqualTo("The request body is not valid JSON or has a value of the wrong type.")
			.jsonPath("$.instance").isEqualTo("/api/testapp/things")
			.jsonPath("$.correlationId").isEqualTo("malformed-1");
	}

	@Test
	void namesTheMemberThatHasAValueOfTheWrongType() {
		post("/api/testapp/things", "{\"name\": \"Lamp\", \"size\": \"large\"}").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:malformed-request")
			.jsonPath("$.errors[0].field").isEqualTo("size")
			.jsonPath("$.errors[0].code").isEqualTo("unreadable-value")
			.jsonPath("$.errors[0].message").isEqualTo("has a value of the wrong type or format");
	}

	@Test
	void listsEveryViolatedConstraintWithItsFieldCodeAndMessage() {
		post("/api/testapp/things", "{\"name\": \"L\", \"size\": 0}").exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:validation")
			.jsonPath("$.errors.length()").isEqualTo(2)
			.jsonPath("$.errors[?(@.field == 'name')].code").isEqualTo("Size")
			.jsonPath("$.errors[?(@.field == 'name')].message").isEqualTo("size must be between 2 and 20")
			.jsonPath("$.errors[?(@.field == 'size')].code").isEqualTo("Min")
			.jsonPath("$.errors[?(@.field == 'size')].message").isEqualTo("must be at least 1");
	}

	@Test
	void speaksSimplifiedChineseWhenAskedTo() {
		post("/api/testapp/things", "{\"name\": \"L\"}").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.5")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "zh-CN")
			.expectBody()
			.jsonPath("$.title").isEqualTo("请求无效")
			.jsonPath("$.detail").isEqualTo("请求中有无效的值，详见 errors[]。")
			.jsonPath("$.errors[?(@.field == 'name')].message").isEqualTo("长度必须在 2 到 20 之间")
			.jsonPath("$.errors[?(@.field == 'size')].message").isEqualTo("为必填项");
	}

	@Test
	void refusesPagingParametersOutOfRange() {
		get("/api/testapp/things?limit=0").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:validation")
			.jsonPath("$.errors[0].field").isEqualTo("limit")
			.jsonPath("$.errors[0].code").isEqualTo("limit-out-of-range")
			.jsonPath("$.errors[0].message").isEqualTo("must be between 1 and 500");
		get("/api/testapp/things?cursor=not-a-cursor").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("cursor")
			.jsonPath("$.errors[0].code").isEqualTo("invalid-cursor");
		get("/api/testapp/things?limit=many").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:validation")
			.jsonPath("$.errors[0].field").isEqualTo("limit")
			.jsonPath("$.errors[0].code").isEqualTo("unreadable-value");
		get("/api/testapp/things?limit=500&cursor=" + Cursor.after(Instant.EPOCH, UUID.randomUUID()).encode())
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.limit").isEqualTo(500);
	}

	@Test
	void answersAnUnknownPathWithNoSuchEndpoint() {
		get("/api/testapp/nowhere").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:no-such-endpoint")
			.jsonPath("$.instance").isEqualTo("/api/testapp/nowhere");
	}

	@Test
	void answersAMissingResourceWithNotFound() {
		UUID id = UUID.randomUUID();

		get("/api/testapp/things/" + id).exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:not-found")
			.jsonPath("$.detail").isEqualTo("No thing with id " + id + " is visible to you.");
	}

	@Test
	void answersAnUnsupportedMethodNamingTheAllowedOnes() {
		this.http.delete()
			.uri("/api/testapp/things")
			.headers((headers) -> headers.setBearerAuth(token("someone")))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader().value(HttpHeaders.ALLOW, (allow) -> assertThat(allow.split(",")).contains("GET", "POST"))
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:method-not-allowed")
			.jsonPath("$.detail").isEqualTo("This endpoint does not accept DELETE; see allowedMethods.")
			.jsonPath("$.allowedMethods").value((allowed) -> assertThat((List<Object>) allowed).contains("GET", "POST")
				.doesNotContain("DELETE"));
	}

	@Test
	void answersAnUnacceptableMediaTypeWithNotAcceptable() {
		get("/api/testapp/things/" + UUID.randomUUID()).accept(MediaType.APPLICATION_XML)
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.NOT_ACCEPTABLE)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:not-acceptable");
	}

	@Test
	void refusesABodyWhoseDeclaredLengthIsOverTheLimit() {
		post("/api/testapp/things", "{\"name\": \"" + "x".repeat(OVERSIZED) + "\", \"size\": 1}").exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:payload-too-large");
	}

	@Test
	void refusesAChunkedBodyOverTheLimit() {
		this.http.post()
			.uri("/api/testapp/things")
			.headers((headers) -> headers.setBearerAuth(token("someone")))
			.contentType(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromDataBuffers(chunked("{\"name\": \"" + "x".repeat(OVERSIZED) + "\", \"size\": 1}")))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:payload-too-large");
	}

	@Test
	void refusesAContentTypeTheEndpointDoesNotConsume() {
		this.http.post()
			.uri("/api/testapp/things")
			.headers((headers) -> headers.setBearerAuth(token("someone")))
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("name=Lamp")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:unsupported-media-type");
	}

	@Test
	void asksForATokenWhenThereIsNoneOrItIsInvalid() {
		this.http.get().uri("/api/testapp/things/" + UUID.randomUUID()).exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:unauthorized")
			.jsonPath("$.correlationId").isNotEmpty();
		this.http.get()
			.uri("/api/testapp/things/" + UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().signedWithForeignKey().build()))
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:unauthorized");
		this.http.get()
			.uri("/api/testapp/things/" + UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().expiresIn(Duration.ofMinutes(-5)).build()))
			.exchange()
			.expectStatus().isUnauthorized();
		this.http.get()
			.uri("/api/testapp/things/" + UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().audience("another-api").build()))
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void servesPublicReadsWithoutAToken() {
		this.http.get().uri("/api/testapp/public/hello").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.caller").isEqualTo("anonymous");
		this.http.post().uri("/api/testapp/public/hello").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void forbidsAnOperationTheCallersRolesDoNotAllow() {
		this.http.post()
			.uri("/api/testapp/officer/things")
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().roles("applicant").build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Lamp", "size", 1))
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:forbidden")
			.jsonPath("$.correlationId").isNotEmpty();
	}

	@Test
	void checksRolesBeforeSizeContentTypeAndBody() {
		String applicant = TestTokens.shared().token().roles("applicant").build();
		String officer = TestTokens.shared().token().roles("plan-officer").build();

		officerThing(null, MediaType.TEXT_PLAIN, "{not json").expectStatus().isUnauthorized();
		officerThing(applicant, MediaType.TEXT_PLAIN, "x".repeat(OVERSIZED)).expectStatus().isForbidden();
		officerThing(applicant, MediaType.TEXT_PLAIN, "{not json").expectStatus().isForbidden();
		officerThing(officer, MediaType.TEXT_PLAIN, "x".repeat(OVERSIZED)).expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		officerThing(officer, MediaType.TEXT_PLAIN, "{not json").expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		officerThing(officer, MediaType.APPLICATION_JSON, "{not json").expectStatus().isBadRequest();
		officerThing(officer, MediaType.APPLICATION_JSON, "{\"name\": \"Lamp\", \"size\": 1}").expectStatus().isCreated();
	}

	@Test
	void requiresTheCurrentETagToUpdate() {
		String id = createThing("Chair");
		String rename = "{\"name\": \"Armchair\", \"size\": 2}";

		put("/api/testapp/things/" + id, null, rename).exchange()
			.expectStatus().isEqualTo(HttpStatus.PRECONDITION_REQUIRED)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:precondition-required");
		put("/api/testapp/things/" + id, "\"7\"", rename).exchange()
			.expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader().doesNotExist(HttpHeaders.ETAG)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:stale-version")
			.jsonPath("$.currentETag").isEqualTo("\"0\"");
		put("/api/testapp/things/" + id, "*", rename).exchange()
			.expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectBody().jsonPath("$.detail").isEqualTo("If-Match * names no version of this resource.");
		put("/api/testapp/things/" + id, "\"0\"", rename).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody().jsonPath("$.name").isEqualTo("Armchair");
		put("/api/testapp/things/" + id, "\"0\"", rename).exchange().expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void checksTheBodyBeforeTheObjectAndTheObjectBeforeItsVersion() {
		String missing = "/api/testapp/things/" + UUID.randomUUID();

		put(missing, null, "{\"name\": \"\"}").exchange().expectStatus().isBadRequest();
		put(missing, null, "{\"name\": \"Stool\", \"size\": 1}").exchange().expectStatus().isNotFound();
	}

	@Test
	void namesTheCurrentStateAndTheAllowedActionsOfAConflict() {
		this.http.post()
			.uri("/api/testapp/things/" + UUID.randomUUID() + "/approval")
			.headers((headers) -> headers.setBearerAuth(token("someone")))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:illegal-state")
			.jsonPath("$.detail").isEqualTo("Action 'approve' is not allowed while the resource is DRAFT; see allowedActions.")
			.jsonPath("$.currentState").isEqualTo("DRAFT")
			.jsonPath("$.allowedActions[0]").isEqualTo("submit")
			.jsonPath("$.allowedActions[1]").isEqualTo("withdraw");
	}

	@Test
	void answersABrokenRuleWithUnprocessableContentInTheCallersLanguage() {
		post("/api/testapp/budgets", "{\"amount\": 5000.00}").exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:unprocessable")
			.jsonPath("$.errors[0].field").isEqualTo("amount")
			.jsonPath("$.errors[0].code").isEqualTo("over-budget")
			.jsonPath("$.errors[0].message").isEqualTo("must not exceed 1000");
		post("/api/testapp/budgets", "{\"amount\": 5000.00}").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.title").isEqualTo("请求违反业务规则")
			.jsonPath("$.errors[0].message").isEqualTo("不能超过 1000");
	}

	@Test
	void disclosesNothingAboutAFailureOfOurOwn() {
		byte[] body = get("/api/testapp/failure").header(CorrelationId.HEADER, "failure-1")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:internal")
			.jsonPath("$.detail").isEqualTo("The request failed on our side; quote the correlation id when you report it.")
			.jsonPath("$.correlationId").isEqualTo("failure-1")
			.returnResult()
			.getResponseBody();

		assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("hunter2", "db-7", "IllegalStateException",
				"Exception", "trace", "at org.");
	}

	private String createThing(String name) {
		byte[] created = post("/api/testapp/things", "{\"name\": \"" + name + "\", \"size\": 1}").exchange()
			.expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody().returnResult().getResponseBody();
		String body = new String(created, StandardCharsets.UTF_8);
		return body.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
	}

	private WebTestClient.ResponseSpec officerThing(@Nullable String token, MediaType contentType, String body) {
		return this.http.post()
			.uri("/api/testapp/officer/things")
			.headers((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			})
			.contentType(contentType)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.RequestHeadersSpec<?> get(String path) {
		return this.http.get().uri(path).headers((headers) -> headers.setBearerAuth(token("someone")));
	}

	private WebTestClient.RequestHeadersSpec<?> post(String path, String json) {
		return this.http.post()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(token("someone")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json);
	}

	private WebTestClient.RequestHeadersSpec<?> put(String path, @Nullable String ifMatch, String json) {
		return this.http.put()
			.uri(path)
			.headers((headers) -> {
				headers.setBearerAuth(token("someone"));
				if (ifMatch != null) {
					headers.setIfMatch(ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json);
	}

	private static String token(String subject) {
		return TestTokens.shared().token().subject(subject).build();
	}

	/** The text as several buffers, which the client sends with chunked transfer coding instead of a length. */
	static Flux<DataBuffer> chunked(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		int chunk = 4096;
		return Flux.range(0, (bytes.length + chunk - 1) / chunk)
			.map((index) -> DefaultDataBufferFactory.sharedInstance.wrap(Arrays.copyOfRange(bytes,
					index * chunk, Math.min(bytes.length, (index + 1) * chunk))));
	}

}
