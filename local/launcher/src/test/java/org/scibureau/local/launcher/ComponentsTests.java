package org.scibureau.local.launcher;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentsTests {

	@Test
	void applicationsStartWithTheAuthorizationServerAndEndWithTheGateway() {
		List<String> names = Components.applications().stream().map(Service::name).toList();

		assertThat(names).containsExactly("auth-server", "plan", "funding", "talent", "ip", "awards", "gateway");
	}

	@Test
	void everythingStopsInReverseStartOrder() {
		assertThat(Components.stopOrder()).containsExactly("gateway", "awards", "ip", "talent", "funding", "plan",
				"auth-server", "kafka", "postgres");
	}

	@Test
	void everyComponentHasItsOwnPort() {
		assertThat(Components.ports()).containsKeys(8080, 8081, 8082, 8083, 8084, 8085, 9000, 15432, 19092)
			.hasSize(10);
	}

	@Test
	void jarsAreTheFatJarsEachModuleBuilds() {
		Path repository = Path.of("/repo");

		assertThat(Components.SERVICES.get(0).jar(repository))
			.isEqualTo(Path.of("/repo/plan-service/target/plan-service-0.1.0-SNAPSHOT.jar"));
		assertThat(Components.AUTH_SERVER.jar(repository))
			.isEqualTo(Path.of("/repo/local/auth-server/target/auth-server-0.1.0-SNAPSHOT.jar"));
		assertThat(Components.GATEWAY.jar(repository))
			.isEqualTo(Path.of("/repo/gateway/target/gateway-0.1.0-SNAPSHOT.jar"));
	}

	@Test
	void servicesAreReadyWhenTheirReadinessGroupIsUp() {
		assertThat(Components.SERVICES).allSatisfy((service) -> assertThat(service.healthUri().toString())
			.isEqualTo("http://localhost:" + service.port() + "/actuator/health/readiness"));
		assertThat(Components.GATEWAY.healthUri().toString()).isEqualTo("http://localhost:8080/actuator/health");
	}

}
