package org.scibureau.platform.test.spring;

import org.junit.jupiter.api.Test;
import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = RealInfrastructureIntegrationTests.Config.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure(database = "realinfra")
class RealInfrastructureIntegrationTests {

	@Autowired
	private Environment environment;

	@Test
	void pointsR2dbcAndFlywayAtTheServicesOwnDatabaseOverApplicationYml() {
		Database database = TestInfrastructure.database("realinfra");

		assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo(database.r2dbcUrl());
		assertThat(environment.getProperty("spring.r2dbc.username")).isEqualTo("realinfra");
		assertThat(environment.getProperty("spring.r2dbc.password")).isEqualTo(database.password());
		assertThat(environment.getProperty("spring.flyway.url")).isEqualTo(database.jdbcUrl());
		assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("realinfra");
		assertThat(environment.getProperty("spring.flyway.password")).isEqualTo(database.password());
	}

	@Test
	void pointsKafkaAndTheResourceServerAtTheSharedInfrastructureOverApplicationYml() {
		assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
			.isEqualTo(TestInfrastructure.kafka().bootstrapServers());
		assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
			.isEqualTo(TestTokens.shared().issuer());
		assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
			.isEqualTo(TestTokens.shared().jwkSetUri());
		assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences"))
			.isEqualTo(TestTokens.AUDIENCE);
	}

	@SpringBootConfiguration
	static class Config {

	}

}
