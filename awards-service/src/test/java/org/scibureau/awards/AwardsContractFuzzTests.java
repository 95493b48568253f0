package org.scibureau.awards;

import net.jqwik.api.PropertyDefaults;

import org.scibureau.platform.test.contract.ContractFuzzProperties;

@PropertyDefaults(tries = 150)
class AwardsContractFuzzTests extends ContractFuzzProperties {

	AwardsContractFuzzTests() {
		super(AwardsServiceApplication.class, "awards");
	}

}
