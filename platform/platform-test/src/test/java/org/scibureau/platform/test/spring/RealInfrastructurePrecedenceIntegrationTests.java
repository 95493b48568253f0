package org.scibureau.platform.test.spring;

import org.junit.jupiter.api.Test;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = RealInfrastructurePrecedenceIntegrationTests.Config.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.security.oauth2.resourceserver.jwt.audiences=from-spring-boot-test")
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=from-test-property-source:9092")
@RealInfrastructure(database = "precedence")
class RealInfrastructurePrecedenceIntegrationTests {

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void ownBroker(DynamicPropertyRegistry registry) {
		registry.add("spring.flyway.user", () -> "from-dynamic-property-source");
	}

	@Test
	void yieldsToTestPropertySource() {
		assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
			.isEqualTo("from-test-property-source:9092");
	}

	@Test
	void yieldsToSpringBootTestProperties() {
		assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences"))
			.isEqualTo("from-spring-boot-test");
	}

	@Test
	void yieldsToDynamicPropertySource() {
		assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("from-dynamic-property-source");
	}

	@Test
	void overridesApplicationYmlForWhatTheTestLeavesAlone() {
		assertThat(environment.getProperty("spring.r2dbc.url"))
			.isEqualTo(TestInfrastructure.database("precedence").r2dbcUrl());
	}

	@SpringBootConfiguration
	static class Config {

	}

}
