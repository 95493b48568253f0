package org.scibureau.platform.testapp;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Starts instances of the test application by hand, for tests about several instances, restarts and outages that a
 * cached test context cannot express. Each instance is a separate application context on a database and broker of
 * the test's choosing; its Kafka listeners stay stopped, so it never joins the shared context's consumer group.
 */
public final class TestInstances {

	private TestInstances() {
	}

	/**
	 * Starts an instance without a web server.
	 * @param database the database, which the instances of one test share
	 * @param bootstrapServers the broker the relay publishes to
	 * @param settings extra settings as {@code name=value}, overriding every other source
	 * @return the running instance, to close
	 */
	public static ConfigurableApplicationContext start(String database, String bootstrapServers, String... settings) {
		return start(WebApplicationType.NONE, database, bootstrapServers, settings);
	}

	/**
	 * Starts an instance with a web server on a free port ({@code local.server.port}).
	 * @param database the database
	 * @param bootstrapServers the broker
	 * @param settings extra settings as {@code name=value}
	 * @return the running instance, to close
	 */
	public static ConfigurableApplicationContext startWeb(String database, String bootstrapServers,
			String... settings) {
		return start(WebApplicationType.REACTIVE, database, bootstrapServers, settings);
	}

	private static ConfigurableApplicationContext start(WebApplicationType type, String database,
			String bootstrapServers, String... settings) {
		Database db = TestInfrastructure.database(database);
		TestTokens tokens = TestTokens.shared();
		List<String> arguments = new ArrayList<>(List.of("spring.r2dbc.url=" + db.r2dbcUrl(),
				"spring.r2dbc.username=" + db.username(), "spring.r2dbc.password=" + db.password(),
				"spring.flyway.url=" + db.jdbcUrl(), "spring.flyway.user=" + db.username(),
				"spring.flyway.password=" + db.password(), "spring.kafka.bootstrap-servers=" + bootstrapServers,
				"spring.kafka.listener.auto-startup=false",
				"spring.security.oauth2.resourceserver.jwt.issuer-uri=" + tokens.issuer(),
				"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + tokens.jwkSetUri(), "server.port=0",
				"spring.main.banner-mode=off"));
		arguments.addAll(List.of(settings));
		// Command-line arguments take precedence over application.yml and the platform's defaults.
		return new SpringApplicationBuilder(TestApplication.class).web(type)
			.run(arguments.stream().map((argument) -> "--" + argument).toArray(String[]::new));
	}

}
