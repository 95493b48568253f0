package org.scibureau.ip;

import net.jqwik.api.PropertyDefaults;

import org.scibureau.platform.test.contract.ContractFuzzProperties;

@PropertyDefaults(tries = 150)
class IpContractFuzzTests extends ContractFuzzProperties {

	IpContractFuzzTests() {
		super(IpServiceApplication.class, "ip");
	}

}
