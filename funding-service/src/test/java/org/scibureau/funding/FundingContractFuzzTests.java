package org.scibureau.funding;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.PropertyDefaults;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.test.contract.ContractFuzzProperties;

@PropertyDefaults(tries = 1000)
class FundingContractFuzzTests extends ContractFuzzProperties {

	FundingContractFuzzTests() {
		super(FundingServiceApplication.class, "funding");
	}

	/** Another district's fund. Allocations come from plan-service's approvals; their swaps are tested apart. */
	@Override
	protected Foreign foreign(WebTestClient http) {
		String marker = "Foreign fund " + UUID.randomUUID();
		String fund = create(http, cityToken("finance-officer"), "/api/funding/funds", Map.of("name", marker,
				"fiscalYear", 2026, "source", "MUNICIPAL_BUDGET", "jurisdiction", FOREIGN_DISTRICT, "appropriation",
				"1000000.00"));
		return new Foreign(Set.of(fund), Set.of(marker));
	}

}
