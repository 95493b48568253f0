package org.scibureau.funding;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.EndpointAccessTests;
import org.scibureau.platform.test.spring.RealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "funding")
class FundingEndpointAccessTests extends EndpointAccessTests {

	FundingEndpointAccessTests() {
		super("funding");
	}

}
