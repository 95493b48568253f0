package org.scibureau.plan;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.spring.ServiceConventionsTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "plan")
class PlanServiceConventionsTests extends ServiceConventionsTests {

	PlanServiceConventionsTests() {
		super("plan");
	}

}
