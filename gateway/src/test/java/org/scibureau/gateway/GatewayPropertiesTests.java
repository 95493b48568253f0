package org.scibureau.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayPropertiesTests {

	private static final Map<String, String> SERVICES = Map.of("plan", "8081", "funding", "8082", "talent", "8083",
			"ip", "8084", "awards", "8085");

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void bindsEachServiceAndDefaultsTheRest() {
		ApplicationContextRunner configured = this.contexts.withPropertyValues(allServices());

		configured.run((context) -> {
			GatewayProperties properties = context.getBean(GatewayProperties.class);
			assertThat(properties.services().funding().uri()).isEqualTo(URI.create("http://localhost:8082"));
			assertThat(properties.services().ip().timeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.cors().allowedOrigins()).isEmpty();
			assertThat(properties.cors().maxAge()).isEqualTo(Duration.ofHours(1));
			assertThat(properties.maxRequestSize()).isEqualTo(DataSize.ofMegabytes(10));
			assertThat(properties.rateLimit().forClient("any-client")).isEqualTo(new GatewayProperties.Limit(20, 40));
			assertThat(properties.rateLimit().forAnonymous()).isEqualTo(new GatewayProperties.Limit(10, 20));
		});
	}

	@Test
	void givesEachClientTheLimitOfItsClass() {
		ApplicationContextRunner configured = this.contexts.withPropertyValues(allServices())
			.withPropertyValues("scibureau.gateway.rate-limit.classes.bench.per-second=5000",
					"scibureau.gateway.rate-limit.classes.bench.burst=9000",
					"scibureau.gateway.rate-limit.clients.scibureau-bench=bench");

		configured.run((context) -> {
			GatewayProperties.RateLimit limits = context.getBean(GatewayProperties.class).rateLimit();
			assertThat(limits.forClient("scibureau-bench")).isEqualTo(new GatewayProperties.Limit(5000, 9000));
			assertThat(limits.forClient("finance-bureau")).isEqualTo(new GatewayProperties.Limit(20, 40));
		});
	}

	@Test
	void refusesToStartWhenAClientNamesAnUndefinedClass() {
		ApplicationContextRunner configured = this.contexts.withPropertyValues(allServices())
			.withPropertyValues("scibureau.gateway.rate-limit.clients.scibureau-bench=benhc");

		configured.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("[benhc]"));
	}

	@Test
	void refusesToStartWithALimitThatIsNotPositive() {
		ApplicationContextRunner configured = this.contexts.withPropertyValues(allServices())
			.withPropertyValues("scibureau.gateway.rate-limit.classes.ordinary.per-second=0",
					"scibureau.gateway.rate-limit.classes.ordinary.burst=40");

		configured.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void refusesToStartWithoutAServicesUri() {
		ApplicationContextRunner configured = this.contexts.withPropertyValues(allServices())
			.withPropertyValues("scibureau.gateway.services.talent.uri=");

		configured.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("services.talent.uri"));
	}

	@Test
	void refusesToStartWithoutAService() {
		ApplicationContextRunner configured = this.contexts
			.withPropertyValues("scibureau.gateway.services.plan.uri=http://localhost:8081",
					"scibureau.gateway.services.plan.timeout=10s");

		configured.run((context) -> assertThat(context).hasFailed());
	}

	private static String[] allServices() {
		return SERVICES.entrySet()
			.stream()
			.flatMap((service) -> Stream.of(
					"scibureau.gateway.services." + service.getKey() + ".uri=http://localhost:" + service.getValue(),
					"scibureau.gateway.services." + service.getKey() + ".timeout=10s"))
			.toArray(String[]::new);
	}

	@EnableConfigurationProperties(GatewayProperties.class)
	static class PropertiesConfiguration {

	}

}
