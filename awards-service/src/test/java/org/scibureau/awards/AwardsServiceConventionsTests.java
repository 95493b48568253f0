package org.scibureau.awards;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.spring.ServiceConventionsTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "awards")
class AwardsServiceConventionsTests extends ServiceConventionsTests {

	AwardsServiceConventionsTests() {
		super("awards");
	}

}
