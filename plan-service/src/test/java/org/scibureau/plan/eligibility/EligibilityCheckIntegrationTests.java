package org.scibureau.plan.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import org.scibureau.plan.PlanClient;
import org.scibureau.plan.PlanFixtures;
import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.eligibility.domain.EligibilityFixtures;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.test.events.KafkaTestProducer;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ProblemResponses;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A database of its own: ProjectRows writes projects holding only what the eligibility rules read, which lists and
// views of projects in other tests could not show.
@RealInfrastructure(database = "plan_eligibility")
class EligibilityCheckIntegrationTests {

	private static final List<Map<String, Object>> EVERY_RULE = List.of(
			Map.of("kind", "organisation-type", "allowed", List.of("UNIVERSITY", "RESEARCH_INSTITUTE")),
			Map.of("kind", "jurisdiction", "allowed", List.of("510100")), Map.of("kind", "max-amount", "amount", 500000),
			Map.of("kind", "max-duration", "months", 36), Map.of("kind", "max-concurrent-projects", "projects", 2),
			Map.of("kind", "no-active-sanction"));

	PlanClient client;

	@Autowired
	DatabaseClient database;

	@Autowired
	EligibilityService eligibility;

	@Autowired
	ProblemResponses problems;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	KafkaTestProducer producer;

	@LocalServerPort
	void bindClient(int port) {
		this.client = new PlanClient(port);
	}

	@AfterEach
	void closeProducer() {
		if (this.producer != null) {
			this.producer.close();
		}
	}

	@Test
	void passesEveryRuleOfAnEligibleDraftInBothLanguagesWhateverTheCallersLanguage() {
		Map<String, Object> call = this.client.scheduledCall(EVERY_RULE);
		UUID university = this.client.registerOrganisation("UNIVERSITY", "510107");
		Map<String, Object> draft = Map.of("principalInvestigatorId", UUID.randomUUID(), "requestedAmount", 300000,
				"durationMonths", 24);

		check(call.get("id"), applicantOf(university), draft).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.callId").isEqualTo(call.get("id"))
			.jsonPath("$.rulesVersion").isEqualTo(1)
			.jsonPath("$.eligible").isEqualTo(true)
			.jsonPath("$.acceptsSubmissions").isEqualTo(false)
			.jsonPath("$.results.length()").isEqualTo(6)
			.jsonPath("$.results[*].passed").value((passed) -> assertThat(passed).asList().containsOnly(true))
			.jsonPath("$.results[0].kind").isEqualTo("organisation-type")
			.jsonPath("$.results[0].description.en")
			.isEqualTo("Applicant organisation type: one of university, research institute")
			.jsonPath("$.results[0].reason['zh-CN']").isEqualTo("申报单位类型符合本指南要求")
			.jsonPath("$.results[1].reason.en")
			.isEqualTo("The applicant organisation's division 510107 is within the call's jurisdictions")
			.jsonPath("$.results[2].reason.en")
			.isEqualTo("Requested amount 300,000.00 CNY is within the call's maximum of 500,000.00 CNY")
			.jsonPath("$.results[2].reason['zh-CN']").isEqualTo("申请经费 300,000.00 元，未超过本指南上限 500,000.00 元")
			.jsonPath("$.results[4].reason.en").isEqualTo(
					"The principal investigator leads no ongoing projects; with this one that is within the call's limit of 2")
			.jsonPath("$.results[5].reason['zh-CN']").isEqualTo("项目负责人未处于限制申报的科研失信惩戒期内");

		this.client.http().post().uri("/api/plan/calls/{id}/opening", call.get("id"))
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk();
		check(call.get("id"), applicantOf(university), draft).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.eligible").isEqualTo(true)
			.jsonPath("$.acceptsSubmissions").isEqualTo(true);
	}

	@Test
	void failsEveryRuleAtOnceSayingWhyInBothLanguages() {
		Map<String, Object> call = this.client.scheduledCall(EVERY_RULE);
		UUID enterprise = this.client.registerOrganisation("ENTERPRISE", "510600");
		UUID investigator = UUID.randomUUID();
		ProjectRows projects = new ProjectRows(this.database);
		for (String status : List.of("IN_PROGRESS", "EXPERT_REVIEW")) {
			projects.insert(uuid(call.get("id")), uuid(call.get("programId")), enterprise, investigator, status,
					new BigDecimal("100000.00"), 12);
		}
		sanction(investigator);
		Map<String, Object> draft = Map.of("principalInvestigatorId", investigator, "requestedAmount", "500000.01",
				"durationMonths", 37);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> check(call.get("id"), applicantOf(enterprise), draft)
			.expectBody().jsonPath("$.results[5].passed").isEqualTo(false));
		check(call.get("id"), applicantOf(enterprise), draft).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.eligible").isEqualTo(false)
			.jsonPath("$.results[*].passed").value((passed) -> assertThat(passed).asList().containsOnly(false))
			.jsonPath("$.results[*].kind").value((kinds) -> assertThat(kinds).asList().containsExactly(
					"organisation-type", "jurisdiction", "max-amount", "max-duration", "max-concurrent-projects",
					"no-active-sanction"))
			.jsonPath("$.results[0].reason.en").isEqualTo("The applicant organisation is of a type this call does not admit")
			.jsonPath("$.results[0].reason['zh-CN']").isEqualTo("申报单位类型不在本指南受理的单位类型之内")
			.jsonPath("$.results[1].reason.en")
			.isEqualTo("The applicant organisation's division 510600 is outside the call's jurisdictions")
			.jsonPath("$.results[1].reason['zh-CN']").isEqualTo("申报单位所在行政区划 510600 不在本指南受理范围内")
			.jsonPath("$.results[2].reason.en")
			.isEqualTo("Requested amount 500,000.01 CNY exceeds the call's maximum of 500,000.00 CNY")
			.jsonPath("$.results[2].reason['zh-CN']").isEqualTo("申请经费 500,000.01 元，超过本指南上限 500,000.00 元")
			.jsonPath("$.results[3].reason.en").isEqualTo("A duration of 37 months exceeds the call's maximum of 36 months")
			.jsonPath("$.results[3].reason['zh-CN']").isEqualTo("项目实施周期 37 个月，超过本指南上限 36 个月")
			.jsonPath("$.results[4].reason.en").isEqualTo(
					"The principal investigator already leads 2 ongoing projects; the call allows at most 2 including this one")
			.jsonPath("$.results[4].reason['zh-CN']").isEqualTo("项目负责人目前已主持在研项目 2 项，加上本项目将超过本指南上限 2 项")
			.jsonPath("$.results[5].reason.en")
			.isEqualTo("The principal investigator is barred from applying by an active integrity sanction")
			.jsonPath("$.results[5].reason['zh-CN']").isEqualTo("项目负责人处于限制申报的科研失信惩戒期内")
			.jsonPath("$.results[5].description['zh-CN']").isEqualTo("项目负责人不得处于限制申报的科研失信惩戒期内");
	}

	@Test
	void countsOnlyOngoingProjectsLeavingOutTheCheckedApplicationAndTakesItsFacts() {
		Map<String, Object> call = this.client.scheduledCall(List.of(
				Map.of("kind", "max-concurrent-projects", "projects", 3), Map.of("kind", "max-amount", "amount", 100000),
				Map.of("kind", "max-duration", "months", 12)));
		UUID callId = uuid(call.get("id"));
		UUID programId = uuid(call.get("programId"));
		UUID university = this.client.registerOrganisation("UNIVERSITY", "510107");
		UUID other = this.client.registerOrganisation("HOSPITAL", "510107");
		UUID investigator = UUID.randomUUID();
		ProjectRows projects = new ProjectRows(this.database);
		BigDecimal amount = new BigDecimal("200000.00");
		UUID submitted = projects.insert(callId, programId, university, investigator, "SUBMITTED", amount, 24);
		for (String status : List.of("DRAFT", "IN_PROGRESS", "SUSPENDED", "WITHDRAWN", "REJECTED", "ACCEPTED",
				"FAILED_ACCEPTANCE", "CLOSED", "TERMINATED")) {
			projects.insert(callId, programId, university, investigator, status, amount, 24);
		}
		UUID othersProject = projects.insert(callId, programId, other, UUID.randomUUID(), "DRAFT", amount, 6);

		check(callId, applicantOf(university), Map.of("principalInvestigatorId", investigator)).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.results[0].passed").isEqualTo(false)
			.jsonPath("$.results[0].reason.en").isEqualTo(
					"The principal investigator already leads 3 ongoing projects; the call allows at most 3 including this one");
		check(callId, applicantOf(university), Map.of("projectId", submitted)).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.results[0].passed").isEqualTo(true)
			.jsonPath("$.results[0].reason.en").isEqualTo(
					"The principal investigator leads 2 ongoing projects; with this one that is within the call's limit of 3")
			.jsonPath("$.results[1].reason.en")
			.isEqualTo("Requested amount 200,000.00 CNY exceeds the call's maximum of 100,000.00 CNY")
			.jsonPath("$.results[2].reason.en").isEqualTo("A duration of 24 months exceeds the call's maximum of 12 months");
		check(callId, applicantOf(university), Map.of("projectId", submitted, "requestedAmount", 90000,
				"durationMonths", 12))
			.expectStatus().isOk()
			.expectBody().jsonPath("$.eligible").isEqualTo(true);
		check(callId, applicantOf(university), Map.of("projectId", othersProject)).expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("projectId")
			.jsonPath("$.errors[0].code").isEqualTo("unknown-application");
		check(this.client.scheduledCall(null).get("id"), applicantOf(university), Map.of("projectId", submitted))
			.expectStatus().isEqualTo(422);
	}

	@Test
	void failsTheRulesWhoseFactsAreUnknownSayingWhichFactIsMissing() {
		Map<String, Object> call = this.client.scheduledCall(EVERY_RULE);

		check(call.get("id"), PlanFixtures.planOfficer(), Map.of("organisationId", UUID.randomUUID()))
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.eligible").isEqualTo(false)
			.jsonPath("$.results[0].reason.en")
			.isEqualTo("The applicant organisation is not in the registry yet, so its type cannot be checked")
			.jsonPath("$.results[1].reason['zh-CN']").isEqualTo("申报单位尚未在单位库中登记，无法核验其所在行政区划")
			.jsonPath("$.results[2].reason.en").isEqualTo("No requested amount has been given yet")
			.jsonPath("$.results[3].reason.en").isEqualTo("No project duration has been given yet")
			.jsonPath("$.results[4].reason.en")
			.isEqualTo("No principal investigator has been named yet, so their ongoing projects cannot be counted")
			.jsonPath("$.results[5].reason['zh-CN']").isEqualTo("尚未指定项目负责人，无法核查其科研诚信记录");
	}

	@Test
	void turnsTheFailedRulesIntoViolationsWordedInTheCallersLanguage() {
		Instant now = Instant.now();
		Call call = Call.schedule(UUID.randomUUID(), "CALL-2026-999999", UUID.randomUUID(), UUID.randomUUID(), "Call",
				"Description", now, now.plusSeconds(60), "510100", EligibilityFixtures.everyRule(), now);
		UUID university = this.client.registerOrganisation("UNIVERSITY", "510107");
		EligibilityDraft draft = new EligibilityDraft(university, null, new BigDecimal("600000.00"), 24, null);

		StepVerifier.create(this.eligibility.check(call, draft))
			.assertNext((report) -> {
				List<?> errors = (List<?>) this.problems.body(DomainProblems.unprocessable(EligibilityService.violations(report)),
						Locale.SIMPLIFIED_CHINESE, "/api/plan/projects/x/submission", null).get("errors");
				assertThat(errors).extracting("field", "code", "message").containsExactly(
						tuple("requestedAmount", "max-amount", "申请经费 600,000.00 元，超过本指南上限 500,000.00 元"),
						tuple("principalInvestigatorId", "max-concurrent-projects", "尚未指定项目负责人，无法统计其在研项目"),
						tuple("principalInvestigatorId", "no-active-sanction", "尚未指定项目负责人，无法核查其科研诚信记录"));
			})
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void letsApplicantsCheckTheirOwnOrganisationAndPlanOfficersTheirJurisdiction() {
		Object callId = this.client.scheduledCall(EVERY_RULE).get("id");
		UUID own = this.client.registerOrganisation("UNIVERSITY", "510107");

		this.client.http().post().uri("/api/plan/calls/{id}/eligibility-check", callId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of())
			.exchange()
			.expectStatus().isUnauthorized();
		for (String role : List.of("auditor", "bureau-admin", "expert", "district-officer")) {
			check(callId, PlanFixtures.tokenFor(role), Map.of("organisationId", own)).expectStatus().isForbidden();
		}
		check(callId, applicantOf(own), Map.of("organisationId", UUID.randomUUID())).expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		check(callId, TestTokens.shared().token().roles("applicant").subject("no-org").build(), Map.of())
			.expectStatus().isForbidden();
		check(callId, applicantOf(own), Map.of("organisationId", own)).expectStatus().isOk();
		check(UUID.randomUUID(), applicantOf(own), Map.of()).expectStatus().isNotFound();
		String deyangOfficer = TestTokens.shared().token().roles("plan-officer").jurisdiction("510600").build();
		check(callId, deyangOfficer, Map.of("organisationId", own)).expectStatus().isNotFound();
		check(callId, PlanFixtures.planOfficer(), Map.of()).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("organisationId");
		check(callId, applicantOf(own), Map.of("requestedAmount", -1)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("requestedAmount");
		check(callId, applicantOf(own), Map.of("durationMonths", -1)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("durationMonths");
	}

	private WebTestClient.ResponseSpec check(Object callId, String token, Map<String, Object> draft) {
		return this.client.http().post().uri("/api/plan/calls/{id}/eligibility-check", callId)
			.headers((headers) -> headers.setBearerAuth(token))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new HashMap<>(draft))
			.exchange();
	}

	private static String applicantOf(UUID organisation) {
		return TestTokens.shared().token().roles("applicant").org(organisation.toString()).subject("applicant").build();
	}

	private void sanction(UUID researcher) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		this.producer = KafkaTestProducer.of(this.bootstrapServers);
		this.producer.send(new IntegritySanctionImposed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), researcher,
				"PLAGIARISM", List.of("FUNDING_BAN"), new IntegritySanctionImposed.Scope(true, true, false, false, false),
				today.minusDays(30), today.plusDays(30), "510100"));
	}

	private static UUID uuid(Object id) {
		return UUID.fromString((String) id);
	}

}
