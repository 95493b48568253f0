package org.scibureau.platform.security;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.test.spring.EndpointAccessTests;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTests {

	@Test
	void theEndpointAccessTestsTryEveryRole() {
		assertThat(EndpointAccessTests.ROLES).containsExactlyInAnyOrderElementsOf(Roles.ALL);
	}

}
