package org.scibureau.funding;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.spring.ServiceConventionsTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "funding")
class FundingServiceConventionsTests extends ServiceConventionsTests {

	FundingServiceConventionsTests() {
		super("funding");
	}

}
