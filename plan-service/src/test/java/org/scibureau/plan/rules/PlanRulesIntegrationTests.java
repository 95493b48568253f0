package org.scibureau.plan.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import org.scibureau.plan.PlanFixtures;
import org.scibureau.plan.project.domain.TrancheSplit;
import org.scibureau.platform.test.spring.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * plan-service's figures as rules at {@code /api/plan/rules}: the shipped defaults on record, versions from a future
 * day on, and the domain's own checks on every figure recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class PlanRulesIntegrationTests {

	private static final List<String> RULES = List.of("project-tranche-split", "project-indirect-cost-tiers",
			"project-publicity-period", "project-midterm-check", "review-criteria", "review-collaboration-lookback",
			"review-outlier-trimming");

	WebTestClient http;

	@Autowired
	PlanRules rules;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void keepsTheShippedFiguresOnRecordAsEveryRulesFirstVersion() {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> this.http.get().uri("/api/plan/rules")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("applicant")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[*].name").isEqualTo(RULES)
			.jsonPath("$.items[?(@.inForce == null)]").isEmpty());

		this.http.get().uri("/api/plan/rules/project-tranche-split")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.versions[0].effectiveFrom").isEqualTo("2000-01-01")
			.jsonPath("$.versions[0].recordedBy").isEqualTo("configuration")
			.jsonPath("$.versions[0].value.percents").isEqualTo(List.of(40, 40, 20));
		this.http.get().uri("/api/plan/rules/project-midterm-check")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectBody()
			.jsonPath("$.versions[0].value.earliestPercent").isEqualTo(40)
			.jsonPath("$.versions[0].value.requiredFromMonths").isEqualTo(24);
	}

	@Test
	void appliesANewTrancheSplitFromTheDayTheAdministratorSets() {
		LocalDate from = someFutureDay();

		this.http.post().uri("/api/plan/rules/project-tranche-split/versions")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("bureau-admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("effectiveFrom", from.toString(), "value", Map.of("percents", List.of(30, 30, 40)),
					"reason", "Municipal finance bureau notice 12"))
			.exchange()
			.expectStatus().isCreated();

		StepVerifier.create(this.rules.trancheSplit(from))
			.expectNext(new TrancheSplit(List.of(BigDecimal.valueOf(30), BigDecimal.valueOf(30), BigDecimal.valueOf(40))))
			.verifyComplete();
		StepVerifier.create(this.rules.trancheSplit(from.minusDays(1)))
			.expectNextMatches((split) -> !split.percents().get(2).equals(BigDecimal.valueOf(40)))
			.verifyComplete();
	}

	@Test
	void refusesFiguresTheDomainWouldRefuseInBothLanguages() {
		LocalDate from = someFutureDay();

		this.http.post().uri("/api/plan/rules/project-tranche-split/versions")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("bureau-admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("effectiveFrom", from.toString(), "value", Map.of("percents", List.of(50, 40))))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("invalid-rule-value")
			.jsonPath("$.errors[0].message").value((String message) -> assertThat(message).contains("add up to 100"));
		this.http.post().uri("/api/plan/rules/review-criteria/versions")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("bureau-admin")))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("effectiveFrom", from.toString(),
					"value", Map.of("criteria", List.of(Map.of("code", "innovation", "weight", 90)))))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].message").value((String message) -> assertThat(message).startsWith("不是规则"));
		this.http.post().uri("/api/plan/rules/project-publicity-period/versions")
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("bureau-admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("effectiveFrom", from.toString(), "value", Map.of("days", -1)))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void letsOnlyABureauAdministratorChangeAFigure() {
		for (String role : List.of("plan-officer", "finance-officer", "applicant", "auditor")) {
			this.http.post().uri("/api/plan/rules/project-publicity-period/versions")
				.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor(role)))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("effectiveFrom", someFutureDay().toString(), "value", Map.of("days", 5)))
				.exchange()
				.expectStatus().isForbidden();
		}
		this.http.get().uri("/api/plan/rules").exchange().expectStatus().isUnauthorized();
	}

	/** A day far enough ahead, and random, that tests sharing the database never record on the same one. */
	private static LocalDate someFutureDay() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(ThreadLocalRandom.current().nextInt(1000, 100_000));
	}

}
