package org.scibureau.talent;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.spring.ServiceConventionsTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "talent")
class TalentServiceConventionsTests extends ServiceConventionsTests {

	TalentServiceConventionsTests() {
		super("talent");
	}

}
