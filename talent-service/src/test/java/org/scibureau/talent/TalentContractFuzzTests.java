package org.scibureau.talent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.PropertyDefaults;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.test.contract.ContractFuzzProperties;
import org.scibureau.platform.test.contract.ContractFuzzer;

@PropertyDefaults(tries = 1000)
class TalentContractFuzzTests extends ContractFuzzProperties {

	private static final String ORCID = "0000-0002-1825-0097";

	TalentContractFuzzTests() {
		super(TalentServiceApplication.class, "talent");
	}

	/** A researcher of another organisation in another district, registered as an expert. */
	@Override
	protected Foreign foreign(WebTestClient http) {
		String marker = "Foreign researcher " + UUID.randomUUID();
		String organisation = UUID.randomUUID().toString();
		String officer = cityToken("talent-officer");
		String researcher = create(http, officer, "/api/talent/researchers", Map.of("name", marker, "organisationId",
				organisation, "fields", List.of("biology"), "nationality", "CN", "jurisdiction", FOREIGN_DISTRICT));
		String expert = create(http, officer, "/api/talent/experts",
				Map.of("researcherId", researcher, "reviewFields", List.of("biology"), "available", true));
		return new Foreign(Set.copyOf(List.of(researcher, expert)), Set.of(marker));
	}

	/** The talent pool is open to every plan officer, who picks experts from it. */
	@Override
	protected Set<String> rolesThatSeeEveryDistrict() {
		return Set.of("plan-officer");
	}

	@Override
	protected void configure(ContractFuzzer.Builder fuzzer) {
		fuzzer.examples("orcid", ORCID, "0000-0001-5109-3700").examples("nationality", "CN", "DE", "US");
	}

}
