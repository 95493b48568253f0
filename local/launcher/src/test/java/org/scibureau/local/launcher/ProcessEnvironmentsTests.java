package org.scibureau.local.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scibureau.local.process.StartupCache;
import org.scibureau.platform.test.infrastructure.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ProcessEnvironmentsTests {

	private static final Service PLAN = Components.SERVICES.get(0);

	private static final Database PLAN_DATABASE = new Database("127.0.0.1", 15432, "plan", "plan", "s3cret-password");

	@Test
	void aServiceGetsItsPortDatabaseBrokerAndIssuerFromTheEnvironment() {
		Map<String, String> environment = ProcessEnvironments.service(PLAN, PLAN_DATABASE, "127.0.0.1:19092");

		assertThat(environment).containsOnly(entry("SERVER_PORT", "8081"),
				entry("SPRING_R2DBC_URL", "r2dbc:postgresql://localhost:15432/plan"),
				entry("SPRING_R2DBC_USERNAME", "plan"), entry("SPRING_R2DBC_PASSWORD", "s3cret-password"),
				entry("SPRING_FLYWAY_URL", "jdbc:postgresql://localhost:15432/plan"),
				entry("SPRING_FLYWAY_USER", "plan"), entry("SPRING_FLYWAY_PASSWORD", "s3cret-password"),
				entry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
				entry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "http://localhost:9000"),
				entry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "http://localhost:9000/oauth2/jwks"),
				entry("SCIBUREAU_PLAN_PROJECTS_PUBLICITY_DAYS", "0"));
	}

	@Test
	void theGatewayKnowsWhereEveryServiceListens() {
		Map<String, String> environment = ProcessEnvironments.gateway(Components.SERVICES);

		assertThat(environment).contains(entry("SERVER_PORT", "8080"),
				entry("SCIBUREAU_GATEWAY_SERVICES_PLAN_URI", "http://localhost:8081"),
				entry("SCIBUREAU_GATEWAY_SERVICES_FUNDING_URI", "http://localhost:8082"),
				entry("SCIBUREAU_GATEWAY_SERVICES_TALENT_URI", "http://localhost:8083"),
				entry("SCIBUREAU_GATEWAY_SERVICES_IP_URI", "http://localhost:8084"),
				entry("SCIBUREAU_GATEWAY_SERVICES_AWARDS_URI", "http://localhost:8085"),
				entry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "http://localhost:9000"));
		assertThat(environment).doesNotContainKeys("SPRING_R2DBC_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS");
	}

	@Test
	void theAuthorizationServerKeepsItsSigningKeyInTheDataDirectory() {
		Map<String, String> environment = ProcessEnvironments.authServer(Path.of("/repo/.scibureau/data/auth/key.json"));

		assertThat(environment).containsOnly(entry("SERVER_PORT", "9000"),
				entry("SCIBUREAU_ISSUER_URI", "http://localhost:9000"),
				entry("SCIBUREAU_AUTH_TOKEN_KEY_FILE", "/repo/.scibureau/data/auth/key.json"));
	}

	@Test
	void theCommandRunsTheJarWithSmallFootprintOptionsAndNoSecrets() {
		StartupCache.Launch launch = new StartupCache.Launch(Path.of("/cache/plan/application/plan-service.jar"),
				List.of("-XX:AOTCache=/cache/plan/application.aot"), false);

		List<String> command = ProcessEnvironments.command(Path.of("/jdk/bin/java"), launch);

		assertThat(command).containsSubsequence("/jdk/bin/java", "-XX:+UseSerialGC", "-Xmx256m",
				"-XX:AOTCache=/cache/plan/application.aot", "-jar", "/cache/plan/application/plan-service.jar");
		assertThat(String.join(" ", command)).doesNotContain("password", "SPRING_");
	}

	@Test
	void aFatJarAsBuiltRunsWithoutCacheOptions() {
		List<String> command = ProcessEnvironments.command(Path.of("/jdk/bin/java"),
				StartupCache.Launch.asBuilt(Path.of("/repo/gateway/target/gateway-0.1.0-SNAPSHOT.jar")));

		assertThat(command).endsWith("-jar", "/repo/gateway/target/gateway-0.1.0-SNAPSHOT.jar");
		assertThat(command).noneMatch((word) -> word.startsWith("-XX:AOT") || word.startsWith("-XX:SharedArchive"));
	}

}
