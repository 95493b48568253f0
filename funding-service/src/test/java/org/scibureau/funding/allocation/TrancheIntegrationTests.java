package org.scibureau.funding.allocation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tranches from the contract to the project's acceptance: released by plan-service's events, paid out by finance
 * officers who did not approve the project, large amounts confirmed by a second officer, each payment moving the
 * amount from the fund's committed to its disbursed.
 */
class TrancheIntegrationTests extends AllocationTestSupport {

	private static final String CASHIER_A = FundingWorld.financeOfficer("cashier-a");

	private static final String CASHIER_B = FundingWorld.financeOfficer("cashier-b");

	@Test
	void paysEachTrancheOnceItIsDueWithTwoOfficersAboveTheThreshold() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("3000000.00", program);
		// 40/40/20 of 2.6M: 1.04M and 1.04M need a second officer (threshold 1M), 0.52M does not.
		ProjectApproved approved = FundingWorld.approval(program, "2600000.00");
		this.producer.send(approved);
		String allocationId = this.events.committed(approved.projectId()).get("allocationId").asString();

		disburse(allocationId, 1, CASHIER_A).expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectBody().jsonPath("$.currentState").isEqualTo("PLANNED");
		this.producer.send(FundingWorld.contracted(approved, allocationId));
		awaitTranche(allocationId, 1, "RELEASED");

		disburse(allocationId, 1, FundingWorld.financeOfficer(FundingWorld.APPROVER)).expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("approved"));
		disburse(allocationId, 1, CASHIER_A).expectStatus().isOk()
			.expectBody().jsonPath("$.tranches[0].status").isEqualTo("AWAITING_CONFIRMATION");
		confirm(allocationId, 1, CASHIER_A).expectStatus().isForbidden();
		confirm(allocationId, 1, CASHIER_B).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.tranches[0].status").isEqualTo("DISBURSED")
			.jsonPath("$.tranches[0].disbursedBy").isEqualTo("cashier-b");
		JsonNode first = this.events.disbursed(allocationId, 1);
		assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("1040000.00");
		assertThat(first.get("lastTranche").asBoolean()).isFalse();
		this.world.assertFigures(fund.get("id"), "1560000.00", "1040000.00");
		disburse(allocationId, 1, CASHIER_B).expectStatus().isEqualTo(HttpStatus.CONFLICT);

		this.producer.send(FundingWorld.milestoneAccepted(approved));
		awaitTranche(allocationId, 2, "RELEASED");
		disburse(allocationId, 2, CASHIER_B).expectStatus().isOk();
		confirm(allocationId, 2, CASHIER_A).expectStatus().isOk();
		disburse(allocationId, 3, CASHIER_A).expectStatus().isEqualTo(HttpStatus.CONFLICT);

		this.producer.send(FundingWorld.accepted(approved));
		awaitTranche(allocationId, 3, "RELEASED");
		disburse(allocationId, 3, CASHIER_A).expectStatus().isOk()
			.expectBody().jsonPath("$.tranches[2].status").isEqualTo("DISBURSED");
		assertThat(this.events.disbursed(allocationId, 3).get("lastTranche").asBoolean()).isTrue();
		this.world.assertFigures(fund.get("id"), "0.00", "2600000.00");
		assertThat(this.world.fund(fund.get("id")).get("executionRate").toString()).isEqualTo("0.8667");
		this.http.get().uri("/api/funding/allocations/{id}/history", allocationId)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("auditor")))
			.exchange()
			.expectBody()
			.jsonPath("$[*].action").value((List<String> actions) -> assertThat(actions).containsExactly(
					"release-tranche-1", "request-disbursement-1", "disburse-tranche-1", "release-tranche-2",
					"request-disbursement-2", "disburse-tranche-2", "release-tranche-3", "disburse-tranche-3"));
	}

	@Test
	void keepsPaymentsToFinanceOfficersOfTheAllocationsJurisdiction() {
		UUID program = this.world.publishedProgram();
		this.world.fund("100000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "10000.00");
		this.producer.send(approved);
		String allocationId = this.events.committed(approved.projectId()).get("allocationId").asString();
		this.producer.send(FundingWorld.contracted(approved, allocationId));
		awaitTranche(allocationId, 1, "RELEASED");
		String elsewhere = TestTokens.shared().token().roles("finance-officer").jurisdiction("510104")
			.subject("district-cashier").build();

		disburse(allocationId, 1, FundingWorld.token("plan-officer")).expectStatus().isForbidden();
		disburse(allocationId, 1, elsewhere).expectStatus().isNotFound();
		disburse(allocationId, 9, CASHIER_A).expectStatus().isNotFound();
		disburse(UUID.randomUUID().toString(), 1, CASHIER_A).expectStatus().isNotFound();
		this.http.post().uri("/api/funding/allocations/{id}/tranches/1/disbursement", allocationId)
			.headers((headers) -> headers.setBearerAuth(CASHIER_A))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("paymentReference", "x".repeat(101)))
			.exchange()
			.expectStatus().isBadRequest();
	}

}
