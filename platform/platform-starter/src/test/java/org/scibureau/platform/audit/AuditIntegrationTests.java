package org.scibureau.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import org.scibureau.platform.observability.CorrelationId;
import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.testapp.TestAppIntegrationTest;

@TestAppIntegrationTest
class AuditIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** How long a test watches that no further record turns up after the answer. */
	private static final Duration QUIET = Duration.ofMillis(500);

	private static final String RECORDS = "/api/testapp/audit-records";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	DatabaseClient database;

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(TIMEOUT).build();
	}

	@Test
	void recordsACommittedChangeOnceInItsOwnTransaction() {
		String correlationId = correlationId();

		post("/api/testapp/transactional-things", token("alice", "dashboard", "plan-officer"), correlationId,
				thing(uniqueName(), 3))
			.expectStatus().isCreated();

		// Committed with the change, so it is there as soon as the answer is.
		assertRecords(correlationId, (records) -> assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.get("outcome")).isEqualTo("SUCCEEDED");
			assertThat(record.get("actor")).isEqualTo("alice via dashboard");
			assertThat(record.get("subject")).isEqualTo("alice");
			assertThat(record.get("client_id")).isEqualTo("dashboard");
			assertThat(record.get("method")).isEqualTo("POST");
			assertThat(record.get("path")).isEqualTo("/api/testapp/transactional-things");
			assertThat(record.get("operation")).isEqualTo("POST /api/testapp/transactional-things");
			assertThat(record.get("status")).as("written before the answer existed").isNull();
		}));
		assertStaysSingle(correlationId);
	}

	@Test
	void recordsARequestWithSeveralTransactionsOnce() {
		String correlationId = correlationId();

		post("/api/testapp/thing-pairs", token("alice", "dashboard", "plan-officer"), correlationId,
				thing(uniqueName(), 3))
			.expectStatus().isCreated();

		assertRecords(correlationId,
				(records) -> assertThat(records).singleElement().extracting((record) -> record.get("outcome"))
					.isEqualTo("SUCCEEDED"));
		assertStaysSingle(correlationId);
	}

	@Test
	void rollsBackTheRecordWithTheChangeAndRecordsTheRefusal() {
		String correlationId = correlationId();
		String name = uniqueName();

		post("/api/testapp/transactional-things", token("alice", "dashboard", "plan-officer"), correlationId,
				thing(name, 500))
			.expectStatus().isEqualTo(422);

		awaitSingleRecord(correlationId, 422, "REFUSED", "alice via dashboard");
		StepVerifier.create(this.database.sql("select count(*) as n from thing where name = :name")
			.bind("name", name)
			.map((row) -> row.get("n", Long.class))
			.one()).expectNext(0L).expectComplete().verify(TIMEOUT);
		assertStaysSingle(correlationId);
	}

	@Test
	void recordsARequestWithoutATokenAsRefusedWithoutAnActor() {
		String correlationId = correlationId();

		post("/api/testapp/things", null, correlationId, thing(uniqueName(), 3)).expectStatus().isUnauthorized();

		awaitSingleRecord(correlationId, 401, "REFUSED", null);
	}

	@Test
	void recordsARequestWithAForgedTokenAsRefusedWithoutAnActor() {
		String correlationId = correlationId();

		post("/api/testapp/things", TestTokens.shared().token().subject("mallory").signedWithForeignKey().build(),
				correlationId, thing(uniqueName(), 3))
			.expectStatus().isUnauthorized();

		awaitSingleRecord(correlationId, 401, "REFUSED", null);
	}

	@Test
	void recordsWhoWasRefusedByARoleCheck() {
		String correlationId = correlationId();

		post("/api/testapp/officer/things", token("bob", "portal", "applicant"), correlationId, thing(uniqueName(), 3))
			.expectStatus().isForbidden();

		awaitSingleRecord(correlationId, 403, "REFUSED", "bob via portal");
	}

	@Test
	void recordsARefusedBodyWithTheRoute() {
		String correlationId = correlationId();

		post("/api/testapp/budgets", token("alice", "dashboard", "plan-officer"), correlationId, "{\"amount\": 5000}")
			.expectStatus().isEqualTo(422);

		awaitSingleRecord(correlationId, 422, "REFUSED", "alice via dashboard");
		assertRecords(correlationId, (records) -> assertThat(records.get(0).get("operation"))
			.isEqualTo("POST /api/testapp/budgets"));
	}

	@Test
	void recordsAFailureOfOurOwn() {
		String correlationId = correlationId();

		post("/api/testapp/flaky-things", token("alice", "dashboard", "plan-officer"), correlationId,
				thing(uniqueName(), 3))
			.expectStatus().is5xxServerError();

		awaitSingleRecord(correlationId, 500, "FAILED", "alice via dashboard");
	}

	@Test
	void recordsAStateChangingRequestWithoutATransactionAfterItsAnswer() {
		String correlationId = correlationId();

		post("/api/testapp/pings", token("alice", "dashboard", "plan-officer"), correlationId, "{}")
			.expectStatus().isCreated();

		awaitSingleRecord(correlationId, 201, "SUCCEEDED", "alice via dashboard");
		assertStaysSingle(correlationId);
	}

	@Test
	void leavesNoRecordOfAGet() {
		String correlationId = correlationId();

		this.http.get()
			.uri("/api/testapp/things")
			.headers((headers) -> headers.setBearerAuth(token("alice", "dashboard", "plan-officer")))
			.header(CorrelationId.HEADER, correlationId)
			.exchange()
			.expectStatus().isOk();

		await().during(QUIET).atMost(TIMEOUT).untilAsserted(() -> assertRecords(correlationId,
				(records) -> assertThat(records).isEmpty()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "update platform.audit_record set outcome = 'SUCCEEDED' where correlation_id = :correlationId",
			"delete from platform.audit_record where correlation_id = :correlationId" })
	void keepsRecordsAsTheyWereWritten(String statement) {
		String correlationId = correlationId();
		post("/api/testapp/budgets", token("alice", "dashboard", "plan-officer"), correlationId, "{\"amount\": 5000}")
			.expectStatus().isEqualTo(422);
		awaitSingleRecord(correlationId, 422, "REFUSED", "alice via dashboard");

		StepVerifier.create(this.database.sql(statement).bind("correlationId", correlationId).then())
			.expectErrorSatisfies((failure) -> assertThat(failure).hasMessageContaining("append-only"))
			.verify(TIMEOUT);

		awaitSingleRecord(correlationId, 422, "REFUSED", "alice via dashboard");
	}

	@Test
	void refusesTheTrailToCallersWithoutAToken() {
		this.http.get().uri(RECORDS).exchange().expectStatus().isUnauthorized();
	}

	@ParameterizedTest
	@ValueSource(strings = { "plan-officer", "applicant", "partner-system" })
	void refusesTheTrailToOtherRoles(String role) {
		read(RECORDS, role).expectStatus().isForbidden();
	}

	@ParameterizedTest
	@ValueSource(strings = { "auditor", "bureau-admin" })
	void showsTheTrailToAuditorsAndTheBureauAdministrator(String role) {
		read(RECORDS + "?limit=1", role).expectStatus().isOk().expectBody().jsonPath("$.items").isArray();
	}

	@Test
	void listsAnActorsRecordsNewestFirstPageByPageAndFiltered() {
		String subject = "carol-" + UUID.randomUUID();
		Instant before = Instant.now().minusSeconds(1);
		List<String> correlationIds = List.of(correlationId(), correlationId(), correlationId());
		for (String correlationId : correlationIds) {
			post("/api/testapp/officer/things", token(subject, "portal", "applicant"), correlationId,
					thing(uniqueName(), 3))
				.expectStatus().isForbidden();
			awaitSingleRecord(correlationId, 403, "REFUSED", subject + " via portal");
		}

		Map<String, Object> first = readPage(RECORDS + "?limit=2&actor=" + subject);
		Map<String, Object> second = readPage(RECORDS + "?limit=2&actor=" + subject + "&cursor=" + first.get("nextCursor"));

		assertThat(correlationIdsOf(first)).containsExactly(correlationIds.get(2), correlationIds.get(1));
		assertThat(first.get("nextCursor")).isNotNull();
		assertThat(correlationIdsOf(second)).containsExactly(correlationIds.get(0));
		assertThat(second.get("nextCursor")).isNull();
		assertThat(items(first).get(0)).containsEntry("actor", subject + " via portal")
			.containsEntry("clientId", "portal")
			.containsEntry("method", "POST")
			.containsEntry("path", "/api/testapp/officer/things")
			.containsEntry("status", 403)
			.containsEntry("outcome", "REFUSED")
			.containsKeys("id", "occurredAt", "operation")
			.doesNotContainKey("subject");
		assertThat(items(readPage(RECORDS + "?actor=" + subject + " via portal&outcome=REFUSED&method=post&from="
				+ before + "&to=" + Instant.now().plusSeconds(60)))).hasSize(3);
		assertThat(items(readPage(RECORDS + "?actor=" + subject + "&outcome=SUCCEEDED"))).isEmpty();
		assertThat(items(readPage(RECORDS + "?actor=" + subject + "&method=DELETE"))).isEmpty();
		assertThat(items(readPage(RECORDS + "?actor=" + subject + "&from=" + Instant.now().plusSeconds(60)))).isEmpty();
		assertThat(items(readPage(RECORDS + "?actor=" + subject + "&to=" + before))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=yesterday", "to=2026-13-01T00:00:00Z", "outcome=MAYBE", "method=GET", "limit=0",
			"cursor=not-a-cursor" })
	void refusesAMalformedFilterWithAProblem(String query) {
		read(RECORDS + "?" + query, "auditor").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private WebTestClient.ResponseSpec post(String path, @Nullable String token, String correlationId, String body) {
		return this.http.post()
			.uri(path)
			.headers((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			})
			.header(CorrelationId.HEADER, correlationId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec read(String uri, String role) {
		return this.http.get()
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(token("ada", "audit-console", role)))
			.exchange();
	}

	private Map<String, Object> readPage(String uri) {
		Map<String, Object> page = read(uri, "auditor").expectStatus().isOk().expectBody(JSON).returnResult()
			.getResponseBody();
		assertThat(page).isNotNull();
		return page;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	private static List<Object> correlationIdsOf(Map<String, Object> page) {
		return items(page).stream().map((item) -> item.get("correlationId")).toList();
	}

	private void awaitSingleRecord(String correlationId, int status, String outcome, @Nullable String actor) {
		await().atMost(TIMEOUT).untilAsserted(() -> assertRecords(correlationId,
				(records) -> assertThat(records).singleElement().satisfies((record) -> {
					assertThat(record.get("status")).isEqualTo(status);
					assertThat(record.get("outcome")).isEqualTo(outcome);
					assertThat(record.get("actor")).isEqualTo(actor);
				})));
	}

	private void assertStaysSingle(String correlationId) {
		await().during(QUIET).atMost(TIMEOUT).untilAsserted(() -> assertRecords(correlationId,
				(records) -> assertThat(records).hasSize(1)));
	}

	private void assertRecords(String correlationId, Consumer<List<Map<String, Object>>> check) {
		StepVerifier.create(this.database
			.sql("select * from platform.audit_record where correlation_id = :correlationId order by occurred_at, id")
			.bind("correlationId", correlationId)
			.fetch()
			.all()
			.collectList()).assertNext(check).expectComplete().verify(TIMEOUT);
	}

	private static String token(String subject, String clientId, String role) {
		return TestTokens.shared().token().subject(subject).clientId(clientId).roles(role).build();
	}

	private static String thing(String name, int size) {
		return "{\"name\": \"" + name + "\", \"size\": " + size + "}";
	}

	private static String uniqueName() {
		return "a-" + UUID.randomUUID().toString().substring(0, 13);
	}

	private static String correlationId() {
		return "audit-" + UUID.randomUUID();
	}

}
