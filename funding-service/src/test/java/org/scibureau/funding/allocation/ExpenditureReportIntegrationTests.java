package org.scibureau.funding.allocation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.plan.ProjectApproved;

/**
 * Expenditure reports by budget line: checked against the line budgets of the approval, a line that overspends by
 * more than the allowance in force (10% shipped) raising a variance alert; reported by the project's organisation,
 * read by finance officers.
 */
class ExpenditureReportIntegrationTests extends AllocationTestSupport {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void raisesAVarianceAlertForEachLineThatOverspendsBeyondTheAllowance() {
		UUID program = this.world.publishedProgram();
		this.world.fund("2000000.00", program);
		UUID organisation = UUID.randomUUID();
		// Line budgets: materials 700,000, personnel 300,000.
		ProjectApproved approved = FundingWorld.approval(program, organisation, "1000000.00");
		this.producer.send(approved);
		String allocationId = this.events.committed(approved.projectId()).get("allocationId").asString();
		String applicant = FundingWorld.applicant(organisation);

		report(allocationId, applicant, TODAY, List.of(line("MATERIALS", "770000.00"), line("PERSONNEL", "330000.01"),
				line("TRAVEL", "1.00")))
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.alerts").isEqualTo(2)
			.jsonPath("$.totalSpent").isEqualTo(1100001.01)
			.jsonPath("$.lines[?(@.category == 'MATERIALS')].alert").isEqualTo(List.of(false))
			.jsonPath("$.lines[?(@.category == 'PERSONNEL')].alert").isEqualTo(List.of(true))
			.jsonPath("$.lines[?(@.category == 'PERSONNEL')].variancePercent").isEqualTo(List.of(10.0))
			.jsonPath("$.lines[?(@.category == 'TRAVEL')].alert").isEqualTo(List.of(true));
		report(allocationId, applicant, TODAY, List.of(line("MATERIALS", "1.00")))
			.expectStatus().isEqualTo(HttpStatus.CONFLICT);
		this.http.get().uri("/api/funding/allocations/{id}/expenditure-reports", allocationId)
			.headers((headers) -> headers.setBearerAuth(FundingWorld.token("finance-officer")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].periodEnd").isEqualTo(TODAY.toString());
	}

	@Test
	void acceptsReportsOnlyFromTheProjectsOrganisationWithSoundFigures() {
		UUID program = this.world.publishedProgram();
		this.world.fund("2000000.00", program);
		UUID organisation = UUID.randomUUID();
		ProjectApproved approved = FundingWorld.approval(program, organisation, "1000.00");
		this.producer.send(approved);
		String allocationId = this.events.committed(approved.projectId()).get("allocationId").asString();
		String applicant = FundingWorld.applicant(organisation);

		report(allocationId, FundingWorld.applicant(UUID.randomUUID()), TODAY, List.of(line("MATERIALS", "1.00")))
			.expectStatus().isNotFound();
		report(allocationId, FundingWorld.financeOfficer(), TODAY, List.of(line("MATERIALS", "1.00")))
			.expectStatus().isForbidden();
		report(allocationId, applicant, TODAY.plusDays(1), List.of(line("LOTTERY", "1.00"), line("MATERIALS", "1"),
				line("MATERIALS", "2")))
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[*].code").isEqualTo(List.of("in-future", "unknown-category", "duplicate"));
		report(allocationId, applicant, TODAY, List.of(line("MATERIALS", "-1.00")))
			.expectStatus().isBadRequest();
	}

	private WebTestClient.ResponseSpec report(String allocationId, String token, LocalDate periodEnd,
			List<Map<String, Object>> lines) {
		return this.http.post().uri("/api/funding/allocations/{id}/expenditure-reports", allocationId)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("periodEnd", periodEnd.toString(), "lines", lines))
			.exchange();
	}

	private static Map<String, Object> line(String category, String spent) {
		return Map.of("category", category, "spent", spent);
	}

}
