package org.scibureau.platform.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the platform's default settings (actuator exposure and health groups, Kafka serialisation and producer
 * safety, JWT audience, codec limits, log pattern) with the lowest precedence, so any service or deployment
 * can override each one.
 */
public final class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

	static final String RESOURCE = "scibureau-platform-defaults.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			for (PropertySource<?> source : new PropertiesPropertySourceLoader().load("scibureauPlatformDefaults",
					new ClassPathResource(RESOURCE, PlatformDefaults.class.getClassLoader()))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
