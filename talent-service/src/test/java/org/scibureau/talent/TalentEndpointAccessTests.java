package org.scibureau.talent;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.EndpointAccessTests;
import org.scibureau.platform.test.spring.RealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "talent")
class TalentEndpointAccessTests extends EndpointAccessTests {

	TalentEndpointAccessTests() {
		super("talent");
	}

}
