package org.scibureau.ip;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.spring.ServiceConventionsTests;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "ip")
class IpServiceConventionsTests extends ServiceConventionsTests {

	IpServiceConventionsTests() {
		super("ip");
	}

}
