package org.scibureau.funding.account;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.funding.FundingTestSupport;
import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.funding.FundingTopics;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Final accounts and the funding statistics over HTTP, and the fund stream's events.
 */
class FinalAccountIntegrationTests extends FundingTestSupport {

	@Test
	void closesLastYearsAccountWithItsFiguresForEver() {
		int lastYear = FundingWorld.THIS_YEAR - 1;
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund(lastYear, "1000000.00", program);
		try (KafkaTestConsumer funds = KafkaTestConsumer.of(this.bootstrapServers, FundingTopics.FUND)) {
			commit(FundingWorld.approval(program, "250000.00", lastYear), fund, "250000.00");

			JsonNode closed = this.http.post().uri("/api/funding/final-accounts/{id}/closure", fund.get("id"))
				.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
				.exchange()
				.expectStatus().isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
			assertThat(closed.get("committed").decimalValue()).isEqualByComparingTo("250000.00");
			ConsumerRecord<String, byte[]> event = funds.awaitRecord(
					(record) -> "org.scibureau.funding.final-account.closed.v1"
						.equals(KafkaTestConsumer.header(record, "ce_type"))
							&& new String(record.value(), StandardCharsets.UTF_8).contains(fund.get("id").toString()),
					Duration.ofSeconds(60));
			EventSchemas.assertValid("org.scibureau.funding.final-account.closed.v1",
					new String(event.value(), StandardCharsets.UTF_8));
		}
		commit(FundingWorld.approval(program, "100000.00", lastYear), fund, "350000.00");

		this.http.get().uri("/api/funding/final-accounts?fiscalYear={year}", lastYear)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[?(@.fundId == '" + fund.get("id") + "')].committed").isEqualTo(List.of(250000.0))
			.jsonPath("$.items[?(@.fundId == '" + fund.get("id") + "')].status").isEqualTo(List.of("CLOSED"));
		this.http.post().uri("/api/funding/final-accounts/{id}/closure", fund.get("id"))
			.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void closesNoAccountBeforeItsYearIsOverNorForAnyoneButAFinanceOfficer() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("1000.00", program);

		this.http.post().uri("/api/funding/final-accounts/{id}/closure", fund.get("id"))
			.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody().jsonPath("$.errors[0].code").isEqualTo("fiscal-year-not-over");
		this.http.post().uri("/api/funding/final-accounts/{id}/closure", fund.get("id"))
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectStatus().isForbidden();
		this.http.post().uri("/api/funding/final-accounts/{id}/closure", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void countsRequestsAndAmountsPerYearAndProgramAndTellsOnceThatAFundIsExhausted() {
		// A fiscal year of this test's own, so that the other tests' figures stay out of it.
		int year = FundingWorld.THIS_YEAR + 3;
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund(year, "1000000.00", program);
		try (KafkaTestConsumer funds = KafkaTestConsumer.of(this.bootstrapServers, FundingTopics.FUND)) {
			commit(FundingWorld.approval(program, "600000.00", year), fund, "600000.00");
			ProjectApproved tooMuch = FundingWorld.approval(program, "600000.00", year);
			ProjectApproved tooMuchAgain = FundingWorld.approval(program, "500000.00", year);
			this.producer.send(tooMuch);
			this.producer.send(tooMuchAgain);

			ConsumerRecord<String, byte[]> exhausted = funds.awaitRecord((record) -> isExhaustion(record, fund),
					Duration.ofSeconds(60));
			EventSchemas.assertValid("org.scibureau.funding.fund.exhausted.v1",
					new String(exhausted.value(), StandardCharsets.UTF_8));
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> statistics("YEAR", year)
				.jsonPath("$.rows[0].requests").isEqualTo(3));
			funds.assertNoRecord((record) -> record != exhausted && isExhaustion(record, fund), Duration.ofSeconds(2));
		}

		statistics("YEAR", year)
			.jsonPath("$.rows.length()").isEqualTo(1)
			.jsonPath("$.rows[0].key").isEqualTo(String.valueOf(year))
			.jsonPath("$.rows[0].funded").isEqualTo(1)
			.jsonPath("$.rows[0].rejected").isEqualTo(2)
			.jsonPath("$.rows[0].approved").isEqualTo(600000.0)
			.jsonPath("$.rows[0].appropriation").isEqualTo(1000000.0)
			.jsonPath("$.rows[0].committed").isEqualTo(600000.0)
			.jsonPath("$.rows[0].executionRate").isEqualTo(0.0);
		statistics("PROGRAM", year)
			.jsonPath("$.rows[0].key").isEqualTo(program.toString())
			.jsonPath("$.rows[0].label").value((String label) -> assertThat(label).startsWith("Key R&D"))
			.jsonPath("$.rows[0].appropriation").doesNotExist();
		statistics("SOURCE", year)
			.jsonPath("$.rows.length()").isEqualTo(1)
			.jsonPath("$.rows[0].key").isEqualTo("MUNICIPAL_BUDGET")
			.jsonPath("$.rows[0].rejected").isEqualTo(2)
			.jsonPath("$.rows[0].appropriation").isEqualTo(1000000.0);
		statistics("JURISDICTION", year).jsonPath("$.rows[0].key").isEqualTo(FundingWorld.CHENGDU);
		this.http.get().uri("/api/funding/statistics?groupBy=COLOUR")
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectStatus().isBadRequest();
	}

	private boolean isExhaustion(ConsumerRecord<String, byte[]> record, Map<String, Object> fund) {
		return "org.scibureau.funding.fund.exhausted.v1".equals(KafkaTestConsumer.header(record, "ce_type"))
				&& new String(record.value(), StandardCharsets.UTF_8).contains(fund.get("id").toString());
	}

	private WebTestClient.BodyContentSpec statistics(String groupBy, int year) {
		return this.http.get().uri("/api/funding/statistics?groupBy={by}&fiscalYear={year}", groupBy, year)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody();
	}

	/** Sends the approval and waits until the fund has committed what it should. */
	private void commit(ProjectApproved approved, Map<String, Object> fund, String committedAfter) {
		this.producer.send(approved);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
				new BigDecimal(this.world.fund(fund.get("id")).get("committed").toString()))
			.isEqualByComparingTo(committedAfter));
	}

}
