package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.test.spring.ObjectSwaps;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-id swaps on a city fund and an allocation of it to one organisation's project: another organisation's
 * applicant, and the finance, plan and district officers of a district, call every endpoint of funds, allocations
 * and final accounts with the real ids. Each gets exactly what it gets for ids that name nothing. (Administrators and
 * auditors read every jurisdiction by design, so they are no intruders.)
 */
class AllocationObjectAccessIntegrationTests extends AllocationTestSupport {

	private static final String JINJIANG = "510104";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everySwapOfAFundsOrAllocationsIdsIsRefusedAsIfNothingWereThere() {
		UUID program = this.world.publishedProgram();
		String fundId = (String) this.world.fund("1000000.00", program).get("id");
		ProjectApproved approved = FundingWorld.approval(program, UUID.randomUUID(), "100000.00");
		this.producer.send(approved);
		JsonNode committed = this.events.await(AllocationEvents.COMMITTED,
				(body) -> approved.projectId().toString().equals(body.get("projectId").asString()));
		String allocationId = committed.get("allocationId").asString();
		Map<String, String> intruders = Map.of("applicant of another organisation",
				FundingWorld.applicant(UUID.randomUUID()), "finance officer of a district", token("finance-officer"),
				"plan officer of a district", token("plan-officer"), "district officer of a district",
				token("district-officer"));

		List<String> reached = ObjectSwaps.of(this.http, this.mappings)
			.assertRefused(AllocationObjectAccessIntegrationTests::ofAnObject,
					(pattern) -> ids(pattern, fundId, allocationId),
					(pattern) -> ids(pattern, UUID.randomUUID().toString(), UUID.randomUUID().toString()),
					AllocationObjectAccessIntegrationTests::body, intruders);

		assertThat(reached).as("swaps that reached the object-level check").hasSizeGreaterThanOrEqualTo(23);
		allocation(allocationId).jsonPath("$.status").isEqualTo("COMMITTED");
	}

	private static boolean ofAnObject(String path) {
		return path.startsWith("/api/funding/funds/{id}") || path.startsWith("/api/funding/allocations/{id}")
				|| path.startsWith("/api/funding/final-accounts/{fundId}");
	}

	private static String ids(String pattern, String fundId, String allocationId) {
		return pattern.replace("/funds/{id}", "/funds/" + fundId)
			.replace("{fundId}", fundId)
			.replace("{id}", allocationId)
			.replace("{sequence}", "1");
	}

	/** A body the endpoint would accept from its rightful caller, so that only the swap can refuse it. */
	private static @Nullable Object body(String method, String path) {
		if (!method.equals("POST")) {
			return null;
		}
		if (path.endsWith("/appropriation")) {
			return Map.of("appropriation", new BigDecimal("2000000.00"), "reason", "Budget adjustment");
		}
		if (path.endsWith("/programs")) {
			return Map.of("programId", UUID.randomUUID().toString());
		}
		if (path.endsWith("/expenditure-reports")) {
			return Map.of("periodEnd", "2026-01-31", "lines", List.of(Map.of("category", "MATERIALS", "spent", 10)));
		}
		if (path.endsWith("/disbursement")) {
			return Map.of("paymentReference", "PAY-1");
		}
		return null;
	}

	private static String token(String role) {
		return TestTokens.shared().token().roles(role).jurisdiction(JINJIANG).subject(role + "-" + JINJIANG).build();
	}

}
