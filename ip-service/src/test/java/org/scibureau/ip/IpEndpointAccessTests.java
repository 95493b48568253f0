package org.scibureau.ip;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.EndpointAccessTests;
import org.scibureau.platform.test.spring.RealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "ip")
class IpEndpointAccessTests extends EndpointAccessTests {

	IpEndpointAccessTests() {
		super("ip");
	}

}
