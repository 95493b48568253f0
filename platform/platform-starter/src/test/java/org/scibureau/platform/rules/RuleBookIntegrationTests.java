package org.scibureau.platform.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.testapp.TestAppIntegrationTest;
import org.scibureau.platform.testapp.ThingRules;
import org.scibureau.platform.testapp.ThingRules.ThingQuota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestAppIntegrationTest
class RuleBookIntegrationTests {

	private static final String RULES = "/api/testapp/rules";

	private static final String QUOTA = RULES + "/thing-quota";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Each test schedules on days of its own, so that tests sharing the database never meet. */
	private static final AtomicInteger weeksAhead = new AtomicInteger();

	@Autowired
	RuleBook rules;

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(TIMEOUT).build();
	}

	@Test
	void storesTheShippedDefaultAsTheFirstVersionAndAppliesIt() {
		await().atMost(TIMEOUT).untilAsserted(() -> this.http.get().uri(RULES)
			.headers((h) -> h.setBearerAuth(token("reader")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[0].name").isEqualTo("thing-quota")
			.jsonPath("$.items[0].inForce.effectiveFrom").isEqualTo(RuleBook.BASELINE_DAY.toString())
			.jsonPath("$.items[0].inForce.recordedBy").isEqualTo(RuleBook.CONFIGURATION)
			.jsonPath("$.items[0].inForce.value.max").isEqualTo(3)
			.jsonPath("$.items[0].versions").doesNotExist());
		StepVerifier.create(this.rules.inForce(quota(), this.rules.today()))
			.expectNext(ThingRules.SHIPPED)
			.verifyComplete();
	}

	@Test
	void appliesAScheduledVersionFromItsDayOnAndKeepsTheOldFigureBeforeIt() {
		LocalDate from = nextFreeDay();

		this.http.post().uri(QUOTA + "/versions").headers((h) -> h.setBearerAuth(admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("effectiveFrom", from.toString(), "value", Map.of("max", 5, "shares", List.of(50, 50)),
					"reason", "Decree 7"))
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().location(QUOTA + "/versions/" + from)
			.expectBody()
			.jsonPath("$.recordedBy").isEqualTo("admin")
			.jsonPath("$.reason").isEqualTo("Decree 7");

		StepVerifier.create(this.rules.inForce(quota(), from))
			.expectNext(new ThingQuota(5, List.of(BigDecimal.valueOf(50), BigDecimal.valueOf(50))))
			.verifyComplete();
		StepVerifier.create(this.rules.inForce(quota(), from.minusDays(1)).map(ThingQuota::max))
			.expectNextMatches((max) -> max != 5)
			.verifyComplete();
		this.http.get().uri(QUOTA + "?on=" + from).headers((h) -> h.setBearerAuth(token("reader"))).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.on").isEqualTo(from.toString())
			.jsonPath("$.inForce.effectiveFrom").isEqualTo(from.toString())
			.jsonPath("$.versions[?(@.effectiveFrom == '" + from + "')].value.max").isEqualTo(5);
	}

	@Test
	void refusesAVersionThatWouldApplyTodayOrBefore() {
		LocalDate today = this.rules.today();

		for (LocalDate day : List.of(today, today.minusDays(30))) {
			schedule(day, Map.of("max", 4, "shares", List.of(100)))
				.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field").isEqualTo("effectiveFrom")
				.jsonPath("$.errors[0].code").isEqualTo("rule-not-in-future");
		}
	}

	@Test
	void refusesAValueTheRuleWouldNotApplyAndSaysWhy() {
		LocalDate from = nextFreeDay();
		record Refusal(Object value, String field, String code, String reason) {
		}
		List<Refusal> refusals = List.of(
				new Refusal(Map.of("max", 4, "shares", List.of(70, 40)), "value", "invalid-rule-value",
						"Shares must add up to 100"),
				new Refusal(Map.of("max", 0, "shares", List.of(100)), "value", "invalid-rule-value",
						"at least one thing"),
				new Refusal(Map.of("max", 4), "value.shares", "required", "is required"),
				new Refusal(Map.of("max", 4, "shares", List.of(100), "maxx", 5), "value.maxx", "unknown-member",
						"is not a member"),
				new Refusal(Map.of("max", "four", "shares", List.of(100)), "value.max", "unreadable-value",
						"wrong type"),
				new Refusal(Map.of("max", 4, "shares", List.of("x")), "value.shares[0]", "unreadable-value",
						"wrong type"),
				new Refusal(List.of(4), "value", "unreadable-value", "wrong type"));

		for (Refusal refusal : refusals) {
			schedule(from, refusal.value())
				.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
				.expectBody()
				.jsonPath("$.errors[0].field").isEqualTo(refusal.field())
				.jsonPath("$.errors[0].code").isEqualTo(refusal.code())
				.jsonPath("$.errors[0].message")
				.value((String message) -> assertThat(message).contains(refusal.reason()).doesNotContain("ThingQuota"));
		}
		StepVerifier.create(this.rules.versions("thing-quota").filter((v) -> v.effectiveFrom().equals(from)))
			.verifyComplete();
	}

	@Test
	void keepsOneLiveVersionPerDayEvenWhenTwoAdministratorsRecordItAtOnce() {
		LocalDate from = nextFreeDay();
		CompletableFuture<Integer> first = statusOf(from, 6);
		CompletableFuture<Integer> second = statusOf(from, 7);

		assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(201, 409);
		StepVerifier.create(this.rules.versions("thing-quota").filter((v) -> v.effectiveFrom().equals(from)).count())
			.expectNext(1L)
			.verifyComplete();
	}

	@Test
	void withdrawsAVersionBeforeItTakesEffectAndKeepsItOnRecord() {
		LocalDate from = nextFreeDay();
		schedule(from, Map.of("max", 8, "shares", List.of(100))).expectStatus().isCreated();

		this.http.post().uri(QUOTA + "/versions/" + from + "/withdrawal").headers((h) -> h.setBearerAuth(admin()))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.withdrawnBy").isEqualTo("admin");

		StepVerifier.create(this.rules.inForce(quota(), from).map(ThingQuota::max))
			.expectNextMatches((max) -> max != 8)
			.verifyComplete();
		this.http.get().uri(QUOTA).headers((h) -> h.setBearerAuth(token("reader"))).exchange()
			.expectBody()
			.jsonPath("$.scheduled[?(@.effectiveFrom == '" + from + "')]").isEmpty()
			.jsonPath("$.versions[?(@.effectiveFrom == '" + from + "')].withdrawnBy").isEqualTo("admin");
		schedule(from, Map.of("max", 9, "shares", List.of(100))).expectStatus().isCreated();
	}

	@Test
	void neverWithdrawsAVersionInForceOrOneThatDoesNotExist() {
		this.http.post().uri(QUOTA + "/versions/" + RuleBook.BASELINE_DAY + "/withdrawal")
			.headers((h) -> h.setBearerAuth(admin()))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONFLICT);
		this.http.post().uri(QUOTA + "/versions/" + nextFreeDay() + "/withdrawal")
			.headers((h) -> h.setBearerAuth(admin()))
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void answersAnUnknownRuleWithNotFound() {
		this.http.get().uri(RULES + "/no-such-rule").headers((h) -> h.setBearerAuth(token("reader"))).exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.post().uri(RULES + "/no-such-rule/versions").headers((h) -> h.setBearerAuth(admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("effectiveFrom", nextFreeDay().toString(), "value", Map.of("max", 1)))
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void letsEveryCallerWithATokenReadAndOnlyABureauAdministratorChange() {
		this.http.get().uri(RULES).exchange().expectStatus().isUnauthorized();
		this.http.post().uri(QUOTA + "/versions").headers((h) -> h.setBearerAuth(token("officer", "plan-officer")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("effectiveFrom", nextFreeDay().toString(), "value", Map.of("max", 2)))
			.exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void refusesANullValue() {
		LocalDate from = nextFreeDay();

		this.http.post().uri(QUOTA + "/versions").headers((h) -> h.setBearerAuth(admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"effectiveFrom\":\"" + from + "\",\"value\":null}")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("value")
			.jsonPath("$.errors[0].code").isEqualTo("required");
		StepVerifier.create(this.rules.versions("thing-quota").filter((v) -> v.effectiveFrom().equals(from)))
			.verifyComplete();
	}

	@Test
	void refusesARequestWithoutADayOrAValue() {
		this.http.post().uri(QUOTA + "/versions").headers((h) -> h.setBearerAuth(admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", "nothing else"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field").value((List<String> fields) -> assertThat(fields)
				.containsExactlyInAnyOrder("effectiveFrom", "value"));
	}

	private WebTestClient.ResponseSpec schedule(LocalDate from, Object value) {
		return this.http.post().uri(QUOTA + "/versions").headers((h) -> h.setBearerAuth(admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("effectiveFrom", from.toString(), "value", value))
			.exchange();
	}

	private CompletableFuture<Integer> statusOf(LocalDate from, int max) {
		return CompletableFuture.supplyAsync(() -> schedule(from, Map.of("max", max, "shares", List.of(100)))
			.returnResult(String.class)
			.getStatus()
			.value());
	}

	@SuppressWarnings("unchecked")
	private RuleDefinition<ThingQuota> quota() {
		return (RuleDefinition<ThingQuota>) this.rules.definition("thing-quota").orElseThrow();
	}

	private LocalDate nextFreeDay() {
		return this.rules.today().plusWeeks(weeksAhead.incrementAndGet());
	}

	private static String admin() {
		return token("admin", "bureau-admin");
	}

	private static String token(String subject, String... roles) {
		return TestTokens.shared().token().subject(subject).roles(roles).build();
	}

}
