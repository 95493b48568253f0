package org.scibureau.platform.test.spring;

import org.jspecify.annotations.Nullable;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Adds the {@link RealInfrastructurePropertySource} of one database to a test's environment.
 * <p>
 * Equal for equal database names, so tests that differ only in other respects still share a cached context.
 */
final class RealInfrastructureContextCustomizer implements ContextCustomizer {

	private final String database;

	RealInfrastructureContextCustomizer(String database) {
		this.database = database;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		startWhatTheContextWillUse(context.getClassLoader());
		addTo(context.getEnvironment(), this.database);
	}

	static void addTo(ConfigurableEnvironment environment, String database) {
		MutablePropertySources sources = environment.getPropertySources();
		RealInfrastructurePropertySource source = new RealInfrastructurePropertySource(database);
		// Just above system properties: that is below the test's own inlined and dynamic properties, which are
		// always added first, and above every application.yml or application.properties.
		if (sources.contains(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
			sources.addBefore(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, source);
		}
		else {
			sources.addLast(source);
		}
	}

	/**
	 * Starting PostgreSQL and Kafka in parallel, while the context starts, saves seconds; a context without the
	 * client libraries will not read their properties, so nothing is started for it.
	 */
	static void startWhatTheContextWillUse(@Nullable ClassLoader classLoader) {
		if (ClassUtils.isPresent("io.r2dbc.spi.ConnectionFactory", classLoader)
				|| ClassUtils.isPresent("org.flywaydb.core.Flyway", classLoader)) {
			TestInfrastructure.startPostgresInBackground();
		}
		if (ClassUtils.isPresent("org.springframework.kafka.core.KafkaTemplate", classLoader)) {
			TestInfrastructure.startKafkaInBackground();
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof RealInfrastructureContextCustomizer customizer
				&& database.equals(customizer.database));
	}

	@Override
	public int hashCode() {
		return database.hashCode();
	}

}
