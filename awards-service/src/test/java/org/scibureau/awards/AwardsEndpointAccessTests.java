package org.scibureau.awards;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.EndpointAccessTests;
import org.scibureau.platform.test.spring.RealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "awards")
class AwardsEndpointAccessTests extends EndpointAccessTests {

	AwardsEndpointAccessTests() {
		super("awards");
	}

}
