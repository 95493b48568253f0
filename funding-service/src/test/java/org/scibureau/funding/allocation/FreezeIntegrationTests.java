package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.test.StepVerifier;

import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Freezes: a suspended project's undisbursed tranches held until it resumes, a sanctioned investigator's likewise,
 * a terminated project's given back to the fund.
 */
class FreezeIntegrationTests extends AllocationTestSupport {

	@Autowired
	Freezes freezes;

	@Autowired
	TransactionalOperator transactions;

	@Test
	void holdsWhatASuspendedProjectHasNotDrawnUntilItResumes() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("2000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "1000000.00");
		String allocationId = paidFirstTranche(approved);
		this.world.assertFigures(fund.get("id"), "600000.00", "400000.00");
		this.producer.send(FundingWorld.milestoneAccepted(approved));
		awaitTranche(allocationId, 2, "RELEASED");

		this.producer.send(FundingWorld.suspended(approved));

		JsonNode frozen = this.events.frozen(allocationId, Freezes.PROJECT_SUSPENDED);
		assertThat(frozen.get("frozenAmount").decimalValue()).isEqualByComparingTo("600000.00");
		assertThat(frozen.get("returnedAmount").decimalValue()).isZero();
		allocation(allocationId)
			.jsonPath("$.status").isEqualTo("SUSPENDED")
			.jsonPath("$.frozenReason").isEqualTo(Freezes.PROJECT_SUSPENDED)
			.jsonPath("$.tranches[*].status").isEqualTo(List.of("DISBURSED", "FROZEN", "FROZEN"));
		disburse(allocationId, 2, FundingWorld.financeOfficer("cashier-a")).expectStatus().isEqualTo(409);
		this.world.assertFigures(fund.get("id"), "600000.00", "400000.00");

		this.producer.send(FundingWorld.resumed(approved));

		await().atMost(TIMEOUT).untilAsserted(() -> allocation(allocationId)
			.jsonPath("$.status").isEqualTo("COMMITTED")
			.jsonPath("$.frozenReason").doesNotExist()
			.jsonPath("$.tranches[*].status").isEqualTo(List.of("DISBURSED", "RELEASED", "PLANNED")));
		disburse(allocationId, 2, FundingWorld.financeOfficer("cashier-a")).expectStatus().isOk();
	}

	@Test
	void givesBackToTheFundWhatATerminatedProjectHasNotDrawn() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("2000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "1000000.00");
		String allocationId = paidFirstTranche(approved);
		this.producer.send(FundingWorld.suspended(approved));
		this.events.frozen(allocationId, Freezes.PROJECT_SUSPENDED);

		this.producer.send(FundingWorld.terminated(approved));

		JsonNode given = this.events.frozen(allocationId, Freezes.PROJECT_TERMINATED);
		assertThat(given.get("returnedAmount").decimalValue()).isEqualByComparingTo("600000.00");
		Map<String, Object> after = this.world.fund(fund.get("id"));
		assertThat(new BigDecimal(after.get("committed").toString())).isZero();
		assertThat(new BigDecimal(after.get("returned").toString())).isEqualByComparingTo("600000.00");
		assertThat(new BigDecimal(after.get("available").toString())).isEqualByComparingTo("1600000.00");
		allocation(allocationId)
			.jsonPath("$.status").isEqualTo("TERMINATED")
			.jsonPath("$.tranches[*].status").isEqualTo(List.of("DISBURSED", "RETURNED", "RETURNED"));
	}

	@Test
	void givesBackWhatAClosedProjectNeverDrew() {
		UUID program = this.world.publishedProgram();
		Map<String, Object> fund = this.world.fund("2000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "1000000.00");
		String allocationId = paidFirstTranche(approved);

		this.producer.send(FundingWorld.closed(approved));

		assertThat(this.events.frozen(allocationId, Freezes.PROJECT_CLOSED).get("returnedAmount").decimalValue())
			.isEqualByComparingTo("600000.00");
		this.world.assertFigures(fund.get("id"), "0.00", "400000.00");
		allocation(allocationId).jsonPath("$.status").isEqualTo("CLOSED");
	}

	@Test
	void paysNothingWhileASanctionBarsTheInvestigatorAndReleasesTheFreezeWhenItIsLifted() {
		UUID program = this.world.publishedProgram();
		this.world.fund("2000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "100000.00");
		String allocationId = paidFirstTranche(approved);
		IntegritySanctionImposed sanction = FundingWorld.sanction(approved.principalInvestigatorId(), true);
		this.producer.send(sanction);
		this.events.frozen(allocationId, Freezes.RECIPIENT_SANCTIONED);

		this.producer.send(FundingWorld.milestoneAccepted(approved));
		this.producer.send(FundingWorld.resumed(approved));
		await().atMost(TIMEOUT).untilAsserted(() -> allocation(allocationId)
			.jsonPath("$.tranches[1].status").isEqualTo("FROZEN"));
		disburse(allocationId, 2, FundingWorld.financeOfficer("cashier-a")).expectStatus().isEqualTo(409);

		this.producer.send(FundingWorld.lifted(sanction));

		await().atMost(TIMEOUT).untilAsserted(() -> allocation(allocationId)
			.jsonPath("$.status").isEqualTo("COMMITTED")
			.jsonPath("$.tranches[*].status").isEqualTo(List.of("DISBURSED", "RELEASED", "PLANNED")));
		disburse(allocationId, 2, FundingWorld.financeOfficer("cashier-a")).expectStatus().isOk();
	}

	@Test
	void releasesTheFreezeOfASanctionThatRanOutWithoutBeingLifted() {
		UUID program = this.world.publishedProgram();
		this.world.fund("2000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "100000.00");
		this.producer.send(approved);
		String allocationId = this.events.committed(approved.projectId()).get("allocationId").asString();
		LocalDate lastDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		this.producer.send(FundingWorld.sanction(approved.principalInvestigatorId(), true, lastDay));
		this.events.frozen(allocationId, Freezes.RECIPIENT_SANCTIONED);

		StepVerifier.create(this.transactions.transactional(this.freezes.releaseExpired(Instant.now(), 1000)))
			.expectNextCount(1)
			.verifyComplete();
		allocation(allocationId).jsonPath("$.status").isEqualTo("SUSPENDED");
		Instant dayAfter = lastDay.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
		StepVerifier.create(this.transactions.transactional(this.freezes.releaseExpired(dayAfter, 1000)))
			.assertNext((released) -> assertThat(released).isPositive())
			.verifyComplete();
		allocation(allocationId).jsonPath("$.status").isEqualTo("COMMITTED");
	}

	@Test
	void freezesTheProjectsOfAnInvestigatorBarredFromFundsOnce() {
		UUID program = this.world.publishedProgram();
		this.world.fund("2000000.00", program);
		ProjectApproved approved = FundingWorld.approval(program, "100000.00");
		this.producer.send(approved);
		String allocationId = this.events.committed(approved.projectId()).get("allocationId").asString();

		this.producer.send(FundingWorld.sanction(approved.principalInvestigatorId(), false));
		this.producer.send(FundingWorld.sanction(approved.principalInvestigatorId(), true));
		this.producer.send(FundingWorld.sanction(approved.principalInvestigatorId(), true));

		ConsumerRecord<String, byte[]> frozen = this.events.awaitRecord(AllocationEvents.FROZEN,
				(body) -> allocationId.equals(body.get("allocationId").asString()));
		assertThat(this.json.readTree(frozen.value()).get("reason").asString()).isEqualTo(Freezes.RECIPIENT_SANCTIONED);
		allocation(allocationId).jsonPath("$.status").isEqualTo("SUSPENDED");
		this.events.assertNoOther(AllocationEvents.FROZEN,
				(body) -> allocationId.equals(body.get("allocationId").asString()), frozen);
	}

	/** A committed approval whose contract was signed and whose first tranche (40%) was paid. */
	private String paidFirstTranche(ProjectApproved approved) {
		this.producer.send(approved);
		String allocationId = this.events.committed(approved.projectId()).get("allocationId").asString();
		this.producer.send(FundingWorld.contracted(approved, allocationId));
		awaitTranche(allocationId, 1, "RELEASED");
		disburse(allocationId, 1, FundingWorld.financeOfficer("cashier-a")).expectStatus().isOk();
		return allocationId;
	}

}
