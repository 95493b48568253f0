package org.scibureau.deployment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses docker-compose.yml (no Docker engine here) and checks the platform it would start; each rule is also shown
 * to catch a real mistake on a changed copy.
 */
class DockerComposeTests {

	private static final Repository REPOSITORY = Repository.locate();

	private static final Tree COMPOSE = new Tree(
			Tree.frozen(YamlDocuments.loadSingle(REPOSITORY.resolve("docker-compose.yml"))));

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private static final Pattern ENV_EXAMPLE_LINE = Pattern.compile("^([A-Z][A-Z0-9_]*)=(.*)$", Pattern.MULTILINE);

	@Test
	void runsThePlatformAndItsInfrastructure() {
		assertThat(COMPOSE.get("services").entries().keySet()).containsExactlyInAnyOrder("postgres", "kafka",
				"auth-server", "plan-service", "funding-service", "talent-service", "ip-service", "awards-service",
				"gateway", "redis", "blackbox", "prometheus", "grafana", "token");
		assertThat(COMPOSE.path("services", "token", "profiles").strings()).containsExactly("tools");
	}

	@Test
	void buildsEachAppFromItsModuleWithPinnedImages() {
		assertThat(ComposeRules.builds(COMPOSE, REPOSITORY)).isEmpty();
		assertThat(ComposeRules.images(COMPOSE)).isEmpty();
	}

	@Test
	void buildsOnlyModulesTheReactorPackagesAsSpringBootJars() {
		Set<String> reactor = reactorModules("");

		for (Tree service : COMPOSE.get("services").entries().values()) {
			String module = service.path("build", "args").string("MODULE");
			if (!module.isEmpty()) {
				assertThat(reactor).as("Maven reactor modules").contains(module);
				assertThat(REPOSITORY.read(module + "/pom.xml")).as(module).contains("spring-boot-maven-plugin");
			}
		}
	}

	@Test
	void startsTheGatewayOnceEveryServiceIsHealthy() {
		assertThat(ComposeRules.healthchecks(COMPOSE)).isEmpty();
		assertThat(ComposeRules.dependencies(COMPOSE)).isEmpty();
	}

	@Test
	void publishesOnlyTheGatewayPrometheusAndGrafana() {
		assertThat(ComposeRules.ports(COMPOSE)).isEmpty();
	}

	@Test
	void configuresAppsOnlyThroughDocumentedVariables() {
		assertThat(ComposeRules.appEnvironment(COMPOSE)).isEmpty();
	}

	@Test
	void sharesTheGatewaysRateLimitsInRedis() {
		assertThat(ComposeRules.rateLimitStore(COMPOSE)).isEmpty();
		assertThat(ComposeRules.environment(COMPOSE.path("services", "gateway")))
			.containsEntry(EnvironmentNames.RATE_LIMIT_STORE, "REDIS");
		assertThat(COMPOSE.string("services", "redis", "image")).startsWith("redis:");
	}

	@Test
	void takesEverySecretFromTheEnvironment() {
		assertThat(ComposeRules.secrets(COMPOSE)).isEmpty();
	}

	@Test
	void envExampleDocumentsExactlyTheVariablesComposeReads() {
		Set<String> documented = new LinkedHashSet<>();
		Matcher matcher = ENV_EXAMPLE_LINE.matcher(REPOSITORY.read(".env.example"));
		while (matcher.find()) {
			documented.add(matcher.group(1));
			assertThat(matcher.group(2)).as(matcher.group(1) + " in .env.example").isEqualTo("change-me");
		}

		Set<String> optional = Set.of("SCIBUREAU_ISSUER_URI");
		Set<String> read = ComposeRules.variables(COMPOSE);
		read.removeAll(optional);

		assertThat(documented).containsExactlyInAnyOrderElementsOf(read);
		assertThat(REPOSITORY.read(".env.example")).contains("# SCIBUREAU_ISSUER_URI=");
	}

	@Test
	void initScriptCreatesEachServiceDatabaseWithItsPassword() {
		String script = REPOSITORY.read("deploy/postgres/init-databases.sh");

		assertThat(COMPOSE.path("services", "postgres", "volumes").strings())
			.contains("./deploy/postgres/init-databases.sh:/docker-entrypoint-initdb.d/10-init-databases.sh:ro");
		for (Workload service : Workload.services()) {
			String database = service.database().orElseThrow();
			String password = database.toUpperCase(Locale.ROOT) + "_DB_PASSWORD";
			assertThat(script).contains("create_database " + database + " \"${" + password + ":?");
		}
		assertThat(REPOSITORY.resolve("deploy/postgres/init-databases.sh")).isExecutable();
	}

	@Test
	void runsTheKafkaAndPostgresVersionsOfTheLocalPlatform() {
		assertThat(COMPOSE.string("services", "kafka", "image")).isEqualTo("apache/kafka:4.1.2");
		assertThat(COMPOSE.string("services", "postgres", "image")).startsWith("postgres:17.");
		assertThat(ComposeRules.environment(COMPOSE.path("services", "kafka")))
			.containsEntry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092")
			.containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
	}

	@Test
	void hardensTheAppContainers() {
		List<String> apps = Workload.services().stream().map(Workload::app).toList();
		for (String app : concat(apps, List.of(Workload.GATEWAY.app(), ComposeRules.AUTH_SERVER))) {
			Tree service = COMPOSE.path("services", app);
			assertThat(service.string("read_only")).as(app + " read_only").isEqualTo("true");
			assertThat(service.get("tmpfs").strings()).as(app + " tmpfs").contains("/tmp");
			assertThat(service.get("cap_drop").strings()).as(app + " cap_drop").contains("ALL");
			assertThat(service.get("security_opt").strings()).as(app + " security_opt")
				.contains("no-new-privileges:true");
		}
	}

	// The rules catch real mistakes.

	@Test
	void catchesAGatewayThatDoesNotWaitForAServiceToBeHealthy() {
		Tree compose = copy();

		compose.path("services", "gateway", "depends_on", "ip-service").map().put("condition", "service_started");

		assertThat(ComposeRules.dependencies(compose)).containsExactly("gateway does not wait for ip-service to be "
				+ "healthy");
	}

	@Test
	void catchesAServiceWithoutReadinessHealthcheck() {
		Tree compose = copy();

		compose.path("services", "talent-service").map().remove("healthcheck");

		assertThat(ComposeRules.healthchecks(compose)).singleElement().asString().startsWith("talent-service "
				+ "healthcheck is []");
	}

	@Test
	void catchesInfrastructurePublishedToTheHost() {
		Tree compose = copy();

		compose.path("services", "kafka").map().put("ports", List.of("9092:9092"));

		assertThat(ComposeRules.ports(compose)).containsExactly("kafka publishes [9092:9092] to the host");
	}

	@Test
	void catchesSeveralGatewaysCountingInTheirOwnMemory() {
		Tree compose = copy();

		compose.path("services", "gateway", "environment").map().remove(EnvironmentNames.RATE_LIMIT_STORE);
		compose.path("services", "gateway", "deploy").map().put("replicas", 2);

		assertThat(ComposeRules.rateLimitStore(compose)).containsExactly("gateway runs 2 instances with the MEMORY "
				+ "rate limit store, so each counts only its own requests");
	}

	@Test
	void catchesARateLimitStoreThatIsNoService() {
		Tree compose = copy();

		compose.path("services", "gateway", "environment").map().put(EnvironmentNames.REDIS_HOST, "cache");

		assertThat(ComposeRules.rateLimitStore(compose))
			.containsExactly("gateway keeps its rate limits in Redis at 'cache', which is no compose service");
	}

	@Test
	void catchesALiteralPassword() {
		Tree compose = copy();

		compose.path("services", "plan-service", "environment").map().put(EnvironmentNames.R2DBC_PASSWORD, "plan");

		assertThat(ComposeRules.secrets(compose))
			.containsExactly("plan-service SPRING_R2DBC_PASSWORD is not a required ${VAR:?} interpolation");
		assertThat(ComposeRules.appEnvironment(compose))
			.containsExactly("plan-service SPRING_R2DBC_PASSWORD is not ${PLAN_DB_PASSWORD:?}");
	}

	@Test
	void catchesAWrongPortOrVariableName() {
		Tree compose = copy();

		Map<String, Object> gateway = compose.path("services", "gateway", "environment").map();
		gateway.put("SCIBUREAU_GATEWAY_SERVICES_IP_URI", "http://ip-service:8080");
		gateway.put("SCIBUREAU_GATEWAY_SERVICE_AWARDS_URI", "http://awards-service:8085");

		assertThat(ComposeRules.appEnvironment(compose)).containsExactlyInAnyOrder(
				"gateway sets undocumented variable SCIBUREAU_GATEWAY_SERVICE_AWARDS_URI",
				"gateway SCIBUREAU_GATEWAY_SERVICES_IP_URI is not http://ip-service:8084");
	}

	/** The module directories of the reactor under {@code directory} (the root when empty), nested ones included. */
	private static Set<String> reactorModules(String directory) {
		Set<String> modules = new LinkedHashSet<>();
		Matcher matcher = MODULE.matcher(REPOSITORY.read(directory.isEmpty() ? "pom.xml" : directory + "/pom.xml"));
		while (matcher.find()) {
			String module = directory.isEmpty() ? matcher.group(1) : directory + "/" + matcher.group(1);
			modules.add(module);
			modules.addAll(reactorModules(module));
		}
		return modules;
	}

	private static Tree copy() {
		return new Tree(Tree.copy(COMPOSE.value()));
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
