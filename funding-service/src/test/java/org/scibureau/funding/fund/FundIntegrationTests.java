package org.scibureau.funding.fund;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.funding.FundingTestSupport;
import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.funding.FundingTopics;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Funds over HTTP: set up with their programs, read with their figures, adjusted, and kept to the right callers.
 */
class FundIntegrationTests extends FundingTestSupport {

	@Test
	void setsUpAFundPayingForItsProgramsAndShowsItsFigures() {
		UUID program = this.world.publishedProgram();

		Map<String, Object> fund = this.world.fund("5000000.00", program);

		assertThat(fund.get("reference").toString()).startsWith("FND-" + FundingWorld.THIS_YEAR + "-");
		assertThat(fund).containsEntry("source", "MUNICIPAL_BUDGET").containsEntry("jurisdiction", FundingWorld.CHENGDU);
		assertThat(List.of("committed", "disbursed", "returned")).allSatisfy((figure) -> assertThat(
				Double.parseDouble(fund.get(figure).toString())).isZero());
		assertThat(Double.parseDouble(fund.get("available").toString())).isEqualTo(5_000_000.0);
		assertThat((List<?>) fund.get("programs")).singleElement()
			.satisfies((entry) -> assertThat(((Map<?, ?>) entry).get("programId")).isEqualTo(program.toString()));
		this.http.get().uri("/api/funding/funds?fiscalYear={year}&programId={program}", FundingWorld.THIS_YEAR, program)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[*].id").isEqualTo(List.of(fund.get("id")))
			.jsonPath("$.items[0].executionRate").isEqualTo(0.0);
		this.http.get().uri("/api/funding/funds/{id}/history", fund.get("id"))
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectBody()
			.jsonPath("$[0].action").isEqualTo("open")
			.jsonPath("$[0].actor").value((String actor) -> assertThat(actor).startsWith("finance-officer-user"));
	}

	@Test
	void refusesUnknownProgramsAndAProgramAnotherFundPaysForThatYear() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> first = this.world.fund("1000.00", program);

		open(Map.of("name", "Second fund", "fiscalYear", FundingWorld.THIS_YEAR, "source", "SPECIAL_FUND",
				"jurisdiction", FundingWorld.CHENGDU, "appropriation", 1000, "programIds",
				List.of(UUID.randomUUID(), program)))
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("programIds[0]")
			.jsonPath("$.errors[0].code").isEqualTo("unknown-program");
		open(Map.of("name", "Second fund", "fiscalYear", FundingWorld.THIS_YEAR, "source", "SPECIAL_FUND",
				"jurisdiction", FundingWorld.CHENGDU, "appropriation", 1000, "programIds", List.of(program)))
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("program-funded-elsewhere")
			.jsonPath("$.errors[0].message").value((String message) -> assertThat(message)
				.contains(first.get("id").toString()));
		open(Map.of("name", "District fund", "fiscalYear", FundingWorld.THIS_YEAR + 1, "source", "SPECIAL_FUND",
				"jurisdiction", "510104", "appropriation", 1000, "programIds", List.of(program)))
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("program-outside-fund-jurisdiction");
		Map<String, Object> nextYear = this.http.post().uri("/api/funding/funds")
			.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Next year's fund", "fiscalYear", FundingWorld.THIS_YEAR + 1, "source",
					"MUNICIPAL_BUDGET", "jurisdiction", FundingWorld.CHENGDU, "appropriation", 1000, "programIds",
					List.of(program)))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(FundingWorld.JSON)
			.returnResult()
			.getResponseBody();
		assertThat((List<?>) nextYear.get("programs")).hasSize(1);
	}

	@Test
	void adjustsTheAppropriationAgainstTheVersionReadAndNeverBelowWhatIsCommitted() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("1000000.00", program);
		try (KafkaTestConsumer answers = KafkaTestConsumer.of(this.bootstrapServers, FundingTopics.ALLOCATION)) {
			ProjectApproved approved = FundingWorld.approval(program, "300000.00");
			this.producer.send(approved);
			answers.awaitRecord((record) -> new String(record.value()).contains(approved.projectId().toString()),
					Duration.ofSeconds(60));
		}
		Map<String, Object> committed = this.world.fund(fund.get("id"));

		adjust(fund.get("id"), null, 500000).expectStatus().isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		adjust(fund.get("id"), fund.get("version"), 500000).expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
		adjust(fund.get("id"), committed.get("version"), 299999.99)
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("below-commitments");
		adjust(fund.get("id"), committed.get("version"), 300000)
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.available").isEqualTo(0.0);
	}

	@Test
	void refusesMalformedFunds() {
		open(Map.of("name", "", "source", "LOTTERY", "jurisdiction", "Chengdu", "appropriation", 1))
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		open(Map.of("name", "Fund", "fiscalYear", FundingWorld.THIS_YEAR, "source", "SPECIAL_FUND", "jurisdiction",
				FundingWorld.CHENGDU, "appropriation", "12.345"))
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("amount-not-in-fen");
		open(Map.of("name", "Fund", "fiscalYear", FundingWorld.THIS_YEAR, "source", "SPECIAL_FUND", "jurisdiction",
				"510104", "appropriation", 1))
			.expectStatus().isCreated();
	}

	@Test
	void keepsChangesToFinanceOfficersAndReadsToTheirJurisdiction() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("1000.00", program);
		String otherDistrict = TestTokens.shared().token().roles("district-officer").jurisdiction("510104")
			.subject("district").build();

		for (String role : List.of("plan-officer", "auditor", "applicant")) {
			this.http.post().uri("/api/funding/funds")
				.headers((headers) -> headers.setBearerAuth(FundingWorld.token(role)))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of())
				.exchange()
				.expectStatus().isForbidden();
		}
		this.http.get().uri("/api/funding/funds/{id}", fund.get("id"))
			.headers((headers) -> headers.setBearerAuth(otherDistrict))
			.exchange()
			.expectStatus().isNotFound();
		this.http.get().uri("/api/funding/funds/{id}", fund.get("id")).exchange().expectStatus().isUnauthorized();
	}

	private WebTestClient.ResponseSpec open(Map<String, Object> body) {
		return this.http.post().uri("/api/funding/funds")
			.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec adjust(Object fundId, Object version, Number appropriation) {
		return this.http.post().uri("/api/funding/funds/{id}/appropriation", fundId)
			.headers((headers) -> {
				headers.setBearerAuth(FundingWorld.financeOfficer());
				if (version != null) {
					headers.set(HttpHeaders.IF_MATCH, "\"" + version + "\"");
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("appropriation", appropriation))
			.exchange();
	}

}
