package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import reactor.test.StepVerifier;

import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * funding-service's step of the approval saga over Kafka: each approval answered once, by FundsCommitted or
 * AllocationRejected with its reason, each answer valid against its schema.
 */
class AllocationSagaIntegrationTests extends AllocationTestSupport {

	@Test
	void commitsAnApprovedBudgetAndEchoesItsTranchePlan() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("1000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "400000.00");

		this.producer.send(approved);

		JsonNode answer = answer(approved.projectId(), AllocationEvents.COMMITTED);
		assertThat(answer.get("fundId").asString()).isEqualTo(fund.get("id"));
		assertThat(answer.get("fundingAttempt").asInt()).isEqualTo(1);
		assertThat(answer.get("amount").decimalValue()).isEqualByComparingTo("400000.00");
		assertThat(answer.get("tranches")).hasSize(3);
		Map<String, Object> after = this.world.fund(fund.get("id"));
		assertThat(new BigDecimal(after.get("committed").toString())).isEqualByComparingTo("400000.00");
		assertThat(new BigDecimal(after.get("available").toString())).isEqualByComparingTo("600000.00");
		this.http.get().uri("/api/funding/allocations?projectId={id}", approved.projectId())
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(1)
			.jsonPath("$.items[0].status").isEqualTo("COMMITTED")
			.jsonPath("$.items[0].reference").value((String reference) -> assertThat(reference).startsWith("ALC-"));
	}

	@Test
	void rejectsAnApprovalNoFundPaysFor() {
		UUID program = this.world.publishedProgram();
		ProjectApproved approved = FundingWorld.approval(program, "10000.00");

		this.producer.send(approved);

		JsonNode answer = answer(approved.projectId(), AllocationEvents.REJECTED);
		assertThat(answer.get("reason").asString()).isEqualTo("NO_FUND");
	}

	@Test
	void rejectsWhatTheFundCannotHoldAndCommitsAReSubmissionOnceItGrows() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("100000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "150000.00");

		this.producer.send(approved);

		JsonNode rejected = answer(approved.projectId(), AllocationEvents.REJECTED);
		assertThat(rejected.get("reason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
		assertThat(rejected.get("detail").asString()).contains("not enough left", "150000.00").doesNotContain("100000");
		this.http.post().uri("/api/funding/funds/{id}/appropriation", fund.get("id"))
			.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
			.header("If-Match", "\"" + fund.get("version") + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("appropriation", 200000, "reason", "Budget adjustment 3"))
			.exchange()
			.expectStatus().isOk();

		this.producer.send(FundingWorld.resubmission(approved, 2));

		JsonNode committed = answer(approved.projectId(), AllocationEvents.COMMITTED);
		assertThat(committed.get("fundingAttempt").asInt()).isEqualTo(2);
		this.http.get().uri("/api/funding/allocations?projectId={id}", approved.projectId())
			.headers((headers) -> headers.setBearerAuth(FundingWorld.financeOfficer()))
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].status").value((List<String> statuses) -> assertThat(statuses)
				.containsExactly("COMMITTED", "REJECTED"));
	}

	@Test
	void givesNothingToAProjectWhoseInvestigatorIsBarredFromFunds() {
		UUID program = this.world.publishedProgram();
		this.world.fund("1000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "10000.00");
		IntegritySanctionImposed imposed = FundingWorld.sanction(approved.principalInvestigatorId(), true);
		UUID sanction = imposed.sanctionId();
		this.producer.send(imposed);
		await().atMost(TIMEOUT).untilAsserted(() -> StepVerifier
			.create(this.database.sql("select count(*) as n from integrity_sanction where sanction_id = :id")
				.bind("id", sanction)
				.map((row) -> row.get("n", Long.class))
				.one())
			.expectNext(1L)
			.verifyComplete());

		this.producer.send(approved);

		assertThat(answer(approved.projectId(), AllocationEvents.REJECTED).get("reason").asString())
			.isEqualTo("RECIPIENT_SANCTIONED");
	}

	@Test
	void answersARedeliveredApprovalOnce() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("1000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "300000.00");

		this.producer.send(approved);
		this.producer.send(approved);
		ConsumerRecord<String, byte[]> first = this.events.awaitRecord(AllocationEvents.COMMITTED,
				(body) -> approved.projectId().toString().equals(body.get("projectId").asString()));

		for (String type : List.of(AllocationEvents.COMMITTED, AllocationEvents.REJECTED)) {
			this.events.assertNoOther(type,
					(body) -> approved.projectId().toString().equals(body.get("projectId").asString()), first);
		}
		assertThat(new BigDecimal(this.world.fund(fund.get("id")).get("committed").toString()))
			.isEqualByComparingTo("300000.00");
	}

	@Test
	void showsAnApplicantItsOwnOrganisationsAllocationsOnly() {
		UUID program = this.world.publishedProgram();
		this.world.fund("1000000.00", program);
		UUID organisation = UUID.randomUUID();
		ProjectApproved own = FundingWorld.approval(program, organisation, "1000.00");
		ProjectApproved other = FundingWorld.approval(program, "1000.00");
		this.producer.send(own);
		this.producer.send(other);
		answer(own.projectId(), AllocationEvents.COMMITTED);
		JsonNode otherAnswer = answer(other.projectId(), AllocationEvents.COMMITTED);

		this.http.get().uri("/api/funding/allocations?programId={id}", program)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.applicant(organisation)))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[*].projectId").isEqualTo(List.of(own.projectId().toString()));
		this.http.get().uri("/api/funding/allocations/{id}", otherAnswer.get("allocationId").asString())
			.headers((headers) -> headers.setBearerAuth(FundingWorld.applicant(organisation)))
			.exchange()
			.expectStatus().isNotFound();
		this.http.get().uri("/api/funding/funds")
			.headers((headers) -> headers.setBearerAuth(FundingWorld.applicant(organisation)))
			.exchange()
			.expectStatus().isForbidden();
	}

	/** The answer to the project's funding request, checked against its schema. */
	private JsonNode answer(UUID projectId, String type) {
		return this.events.await(type, (body) -> projectId.toString().equals(body.get("projectId").asString()));
	}

}
