package org.scibureau.plan;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.EndpointAccessTests;
import org.scibureau.platform.test.spring.RealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class PlanEndpointAccessTests extends EndpointAccessTests {

	PlanEndpointAccessTests() {
		super("plan");
	}

}
