package org.scibureau.plan.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import org.scibureau.plan.PlanClient;
import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.test.spring.RealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class CallEligibilityRulesIntegrationTests {

	private static final List<Map<String, Object>> RULES = List.of(
			Map.of("kind", "organisation-type", "allowed", List.of("RESEARCH_INSTITUTE", "UNIVERSITY")),
			Map.of("kind", "jurisdiction", "allowed", List.of("510100")), Map.of("kind", "max-amount", "amount", 500000),
			Map.of("kind", "max-duration", "months", 36), Map.of("kind", "max-concurrent-projects", "projects", 2),
			Map.of("kind", "no-active-sanction"));

	PlanClient client;

	@Autowired
	DatabaseClient database;

	@LocalServerPort
	void bindClient(int port) {
		this.client = new PlanClient(port);
	}

	@Test
	void schedulesACallWithItsRulesAndShowsThemToEveryoneInBothLanguages() {
		Map<String, Object> created = this.client.scheduledCall(RULES);
		String id = (String) created.get("id");

		assertThat(created).containsEntry("rulesVersion", 1);
		for (String path : List.of("/api/plan/calls/" + id, "/api/plan/public/calls/" + id)) {
			this.client.http().get().uri(path)
				.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.rulesVersion").isEqualTo(1)
				.jsonPath("$.eligibilityRules.length()").isEqualTo(6)
				.jsonPath("$.eligibilityRules[0].kind").isEqualTo("organisation-type")
				.jsonPath("$.eligibilityRules[0].allowed[0]").isEqualTo("UNIVERSITY")
				.jsonPath("$.eligibilityRules[0].description.en")
				.isEqualTo("Applicant organisation type: one of university, research institute")
				.jsonPath("$.eligibilityRules[0].description['zh-CN']").isEqualTo("申报单位类型须为：高等学校、科研院所")
				.jsonPath("$.eligibilityRules[1].allowed[0]").isEqualTo("510100")
				.jsonPath("$.eligibilityRules[2].kind").isEqualTo("max-amount")
				.jsonPath("$.eligibilityRules[2].amount").isEqualTo(500000.00)
				.jsonPath("$.eligibilityRules[2].description.en").isEqualTo("Requested amount: at most 500,000.00 CNY")
				.jsonPath("$.eligibilityRules[2].description['zh-CN']").isEqualTo("申请经费不超过 500,000.00 元")
				.jsonPath("$.eligibilityRules[3].months").isEqualTo(36)
				.jsonPath("$.eligibilityRules[3].description.en").isEqualTo("Project duration: at most 36 months")
				.jsonPath("$.eligibilityRules[4].projects").isEqualTo(2)
				.jsonPath("$.eligibilityRules[5].kind").isEqualTo("no-active-sanction")
				.jsonPath("$.eligibilityRules[5].description['zh-CN']").isEqualTo("项目负责人不得处于限制申报的科研失信惩戒期内");
		}
		this.client.http().get().uri("/api/plan/public/calls?programId={programId}", created.get("programId"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[0].id").isEqualTo(id)
			.jsonPath("$.items[0].rulesVersion").isEqualTo(1)
			.jsonPath("$.items[0].eligibilityRules[3].description['zh-CN']").isEqualTo("项目实施周期不超过 36 个月");
		assertKeptVersions(id, "1 planner via test-client 6");
	}

	@Test
	void givesACallThatNamesNoRulesTheDefaults() {
		Map<String, Object> created = this.client.scheduledCall(null);

		assertThat(created).containsEntry("rulesVersion", 1);
		assertThat(created.get("eligibilityRules")).isEqualTo(List.of(Map.of("kind", "no-active-sanction",
				"description", Map.of("en", "The principal investigator is not barred from applying by an integrity sanction",
						"zh-CN", "项目负责人不得处于限制申报的科研失信惩戒期内"))));
		assertKeptVersions((String) created.get("id"), "1 planner via test-client 1");
	}

	@Test
	void refusesInvalidRulesNamingTheRuleAndSchedulesNothing() {
		UUID programId = this.client.publishedProgram();
		Instant opensAt = Instant.now().plusSeconds(3600);
		Map<List<Map<String, Object>>, String> invalid = Map.of(
				List.of(Map.of("kind", "max-age", "years", 35)), "eligibilityRules[0]",
				List.of(Map.of("kind", "no-active-sanction"), Map.of("kind", "max-amount", "amount", -5)),
				"eligibilityRules[1]",
				List.of(Map.of("kind", "max-amount", "amount", 1.001)), "eligibilityRules[0]",
				List.of(Map.of("kind", "max-amount")), "eligibilityRules[0]",
				List.of(Map.of("kind", "jurisdiction", "allowed", List.of("5101"))), "eligibilityRules[0]",
				List.of(Map.of("kind", "jurisdiction", "allowed", List.of())), "eligibilityRules[0]",
				List.of(Map.of("kind", "organisation-type", "allowed", List.of("PALACE"))),
				"eligibilityRules[0].allowed[0]",
				List.of(Map.of("allowed", List.of("510100"))), "eligibilityRules[0]");

		invalid.forEach((rules, field) -> this.client.postCall(PlanClient.call(programId, opensAt,
				opensAt.plusSeconds(60), rules))
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo(field)
			.jsonPath("$.errors[0].code").isEqualTo("unreadable-value"));
		this.client.postCall(PlanClient.call(programId, opensAt, opensAt.plusSeconds(60),
				List.of(Map.of("kind", "max-duration", "months", 12), Map.of("kind", "no-active-sanction"),
						Map.of("kind", "max-duration", "months", 24))))
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].field").isEqualTo("eligibilityRules[2].kind")
			.jsonPath("$.errors[0].code").isEqualTo("duplicate");
		this.client.http().get().uri("/api/plan/calls?programId={programId}", programId)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.items.length()").isEqualTo(0);
	}

	@Test
	void changesTheRulesOnlyWhileTheCallIsScheduledKeepingEveryVersion() {
		String id = (String) this.client.scheduledCall(null).get("id");
		Map<String, Object> rules = Map.of("eligibilityRules", List.of(Map.of("kind", "max-duration", "months", 24),
				Map.of("kind", "no-active-sanction", "description", Map.of("en", "ignored"))));

		changeRules(id, rules, null).expectStatus().isEqualTo(428);
		changeRules(id, rules, "\"0\"").expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.rulesVersion").isEqualTo(2)
			.jsonPath("$.eligibilityRules.length()").isEqualTo(2)
			.jsonPath("$.eligibilityRules[0].months").isEqualTo(24)
			.jsonPath("$.eligibilityRules[1].description.en")
			.isEqualTo("The principal investigator is not barred from applying by an integrity sanction")
			.jsonPath("$.allowedActions[0]").isEqualTo("open")
			.jsonPath("$.allowedActions[1]").isEqualTo("change-eligibility-rules");
		changeRules(id, rules, "\"0\"").expectStatus().isEqualTo(412);
		changeRules(id, Map.of("eligibilityRules", List.of(Map.of("kind", "no-active-sanction"),
				Map.of("kind", "no-active-sanction"))), "\"1\"")
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("eligibilityRules[1].kind");
		this.client.http().post().uri("/api/plan/calls/{id}/opening", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk();

		changeRules(id, Map.of("eligibilityRules", List.of()), "\"2\"").expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.currentState").isEqualTo("OPEN")
			.jsonPath("$.allowedActions.length()").isEqualTo(1)
			.jsonPath("$.allowedActions[0]").isEqualTo("close");
		this.client.http().get().uri("/api/plan/calls/{id}/history", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(3)
			.jsonPath("$[1].action").isEqualTo("change-eligibility-rules")
			.jsonPath("$[1].fromStatus").isEqualTo("SCHEDULED")
			.jsonPath("$[1].toStatus").isEqualTo("SCHEDULED")
			.jsonPath("$[1].actor").isEqualTo("planner via test-client")
			.jsonPath("$[2].action").isEqualTo("open");
		assertKeptVersions(id, "1 planner via test-client 1", "2 planner via test-client 2");
		this.client.http().get().uri("/api/plan/calls/{id}/eligibility-rules", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			.jsonPath("$[0].version").isEqualTo(1)
			.jsonPath("$[0].eligibilityRules[0].kind").isEqualTo("no-active-sanction")
			.jsonPath("$[0].changedBy").isEqualTo("planner via test-client")
			.jsonPath("$[1].version").isEqualTo(2)
			.jsonPath("$[1].eligibilityRules[0].months").isEqualTo(24)
			.jsonPath("$[1].eligibilityRules[0].description['zh-CN']").isEqualTo("项目实施周期不超过 24 个月")
			.jsonPath("$[1].changedAt").isNotEmpty();
		this.client.http().get().uri("/api/plan/public/calls/{id}", id)
			.exchange()
			.expectBody().jsonPath("$.rulesVersion").isEqualTo(2);
	}

	@Test
	void letsOnlyPlanOfficersChangeTheRulesOfCallsTheySee() {
		String id = (String) this.client.scheduledCall(null).get("id");
		Map<String, Object> rules = Map.of("eligibilityRules", List.of());

		this.client.http().put().uri("/api/plan/calls/{id}/eligibility-rules", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(rules)
			.exchange()
			.expectStatus().isUnauthorized();
		for (String role : List.of("applicant", "auditor", "bureau-admin")) {
			this.client.http().put().uri("/api/plan/calls/{id}/eligibility-rules", id)
				.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor(role)))
				.header(HttpHeaders.IF_MATCH, "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(rules)
				.exchange()
				.expectStatus().isForbidden();
		}
		changeRules(UUID.randomUUID().toString(), rules, "\"0\"").expectStatus().isNotFound();
		this.client.http().put().uri("/api/plan/calls/{id}/eligibility-rules", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of())
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("eligibilityRules");
	}

	private WebTestClient.ResponseSpec changeRules(String id, Map<String, Object> body, String ifMatch) {
		return this.client.http().put().uri("/api/plan/calls/{id}/eligibility-rules", id)
			.headers((headers) -> {
				headers.setBearerAuth(PlanFixtures.planOfficer());
				if (ifMatch != null) {
					headers.setIfMatch(ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** Asserts the kept versions of the call's rules, each as "version changedBy numberOfRules", oldest first. */
	private void assertKeptVersions(String id, String... expected) {
		StepVerifier.create(this.database.sql("""
				select version, changed_by, jsonb_array_length(rules->'rules') as rules from call_eligibility_rules
				where call_id = :id order by version""")
			.bind("id", UUID.fromString(id))
			.map((row) -> row.get("version", Integer.class) + " " + row.get("changed_by", String.class) + " "
					+ row.get("rules", Integer.class))
			.all()
			.collectList())
			.assertNext((versions) -> assertThat(versions).containsExactly(expected))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

}
