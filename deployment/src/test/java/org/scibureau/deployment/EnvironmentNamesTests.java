package org.scibureau.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every environment variable the deployments set binds to a documented property: Spring Boot's (by its
 * configuration metadata and relaxed binding) or the app's own (its application.yml or README).
 */
class EnvironmentNamesTests {

	private static final Repository REPOSITORY = Repository.locate();

	/** Spring Boot property name to its Java type, from the metadata of the starters the apps use. */
	private static final Map<String, String> BOOT_PROPERTIES = new LinkedHashMap<>();

	@BeforeAll
	static void readSpringBootMetadata() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		for (URL url : Collections
			.list(EnvironmentNamesTests.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				Tree metadata = new Tree(json.readValue(in, Object.class));
				metadata.get("properties").items()
					.forEach((property) -> BOOT_PROPERTIES.put(property.string("name"), property.string("type")));
			}
		}
	}

	@Test
	void springVariablesBindToDocumentedBootProperties() {
		List<String> spring = EnvironmentNames.all().stream()
			.filter((name) -> name.startsWith("SPRING_") || name.startsWith("MANAGEMENT_"))
			.toList();

		assertThat(spring).hasSizeGreaterThan(10)
			.allSatisfy((name) -> assertThat(bootProperty(name)).as("Boot property bound by %s", name).isNotNull());
	}

	@Test
	void bindingFollowsRelaxedRules() {
		assertThat(bootProperty("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("spring.kafka.bootstrap-servers");
		assertThat(bootProperty("MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILESHISTOGRAM_HTTP_SERVER_REQUESTS"))
			.isEqualTo("management.metrics.distribution.percentiles-histogram");
		assertThat(bootProperty("SPRING_R2DBC_URI")).isNull();
		assertThat(bootProperty("SPRING_FLYWAY_USERNAME")).isNull();
	}

	@Test
	void gatewayVariablesBindToItsApplicationYml() {
		Set<String> gatewayProperties = flatten(new Tree(YamlDocuments
			.loadSingle(REPOSITORY.resolve("gateway/src/main/resources/application.yml"))), "").keySet();

		EnvironmentNames.required(Workload.GATEWAY).stream().filter((name) -> name.startsWith("SCIBUREAU_"))
			.forEach((name) -> assertThat(gatewayProperties).as(name)
				.anySatisfy((property) -> assertThat(environmentForms(property)).contains(name)));
	}

	@Test
	void authServerVariablesAreTheOnesItDocuments() {
		String configuration = REPOSITORY.read("local/auth-server/src/main/resources/application.yml");
		String readme = REPOSITORY.read("local/auth-server/README.md");

		assertThat(EnvironmentNames.AUTH_SERVER)
			.allSatisfy((name) -> assertThat(configuration.contains(name) || readme.contains(name)).as(name).isTrue());
	}

	/** The Boot property an environment variable binds to, or null. */
	private static @Nullable String bootProperty(String variable) {
		for (Map.Entry<String, String> property : BOOT_PROPERTIES.entrySet()) {
			List<String> forms = environmentForms(property.getKey());
			if (forms.contains(variable)) {
				return property.getKey();
			}
			if (property.getValue().startsWith("java.util.Map<") && variable.startsWith(forms.get(0) + "_")) {
				return property.getKey();
			}
		}
		return null;
	}

	/** The variable names relaxed binding maps to a property: dashes dropped (canonical) or turned into underscores. */
	private static List<String> environmentForms(String property) {
		String upper = property.toUpperCase(Locale.ROOT).replace('.', '_');
		return List.of(upper.replace("-", ""), upper.replace('-', '_'));
	}

	private static Map<String, Tree> flatten(Tree node, String prefix) {
		Map<String, Tree> flat = new LinkedHashMap<>();
		node.entries().forEach((key, child) -> {
			String name = prefix.isEmpty() ? key : prefix + "." + key;
			flat.put(name, child);
			if (child.isMap()) {
				flat.putAll(flatten(child, name));
			}
		});
		return flat;
	}

}
