package org.scibureau.platform.test.spring;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service application started on the shared real infrastructure, on a port of its own, for tests that are not
 * run by Spring's test framework (jqwik properties): what {@link RealInfrastructure} does for a Spring test.
 */
public final class RunningService implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String baseUrl;

	private final WebTestClient http;

	private RunningService(ConfigurableApplicationContext context) {
		this.context = context;
		this.baseUrl = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
		this.http = WebTestClient.bindToServer()
			.baseUrl(this.baseUrl)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * Starts a service.
	 * @param application its {@code @SpringBootApplication} class
	 * @param database the database it runs on, created if need be
	 * @return the running service
	 */
	public static RunningService start(Class<?> application, String database) {
		RealInfrastructureContextCustomizer.startWhatTheContextWillUse(application.getClassLoader());
		ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.initializers((initialized) -> {
				ConfigurableEnvironment environment = initialized.getEnvironment();
				RealInfrastructureContextCustomizer.addTo(environment, database);
				environment.getPropertySources().addFirst(new MapPropertySource("runningService",
						Map.of("server.port", "0")));
			})
			.run();
		return new RunningService(context);
	}

	/** The service's address, e.g. {@code http://localhost:40123}. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** The client bound to the service. */
	public WebTestClient http() {
		return this.http;
	}

	/** The service's application context. */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
