package org.scibureau.local.auth;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EndpointsIntegrationTests {

	private static final String JSON = "application/json";

	@LocalServerPort
	private int port;

	@Autowired
	private DemoDirectoryProperties directory;

	private AuthServerClient client;

	@BeforeEach
	void connect() {
		this.client = AuthServerClient.machine(this.port);
	}

	@Test
	void publishesOneRs256SigningKey() {
		HttpResponse<String> response = this.client.get("/oauth2/jwks", JSON);

		assertThat(response.statusCode()).isEqualTo(200);
		List<String> keyTypes = JsonPath.read(response.body(), "$.keys[*].kty");
		List<String> algorithms = JsonPath.read(response.body(), "$.keys[*].alg");
		List<String> privateExponents = JsonPath.read(response.body(), "$.keys[*].d");
		assertThat(keyTypes).containsExactly("RSA");
		assertThat(algorithms).containsExactly("RS256");
		assertThat(privateExponents).isEmpty();
	}

	@Test
	void publishesOpenIdConfigurationForTheConfiguredIssuer() {
		HttpResponse<String> response = this.client.get("/.well-known/openid-configuration", JSON);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(AuthServerClient.json(response, "$.issuer")).isEqualTo(AuthServerClient.ISSUER);
		assertThat(AuthServerClient.json(response, "$.jwks_uri")).isEqualTo(AuthServerClient.ISSUER + "/oauth2/jwks");
		assertThat(AuthServerClient.json(response, "$.token_endpoint"))
			.isEqualTo(AuthServerClient.ISSUER + "/oauth2/token");
		List<String> challengeMethods = JsonPath.read(response.body(), "$.code_challenge_methods_supported");
		assertThat(challengeMethods).containsExactly("S256");
	}

	@Test
	void publishesOAuth2AuthorizationServerMetadata() {
		HttpResponse<String> response = this.client.get("/.well-known/oauth-authorization-server", JSON);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(AuthServerClient.json(response, "$.issuer")).isEqualTo(AuthServerClient.ISSUER);
	}

	@Test
	void answersHealthWithoutToken() {
		HttpResponse<String> response = this.client.get("/actuator/health", JSON);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(AuthServerClient.json(response, "$.status")).isEqualTo("UP");
	}

	@Test
	void keepsOtherActuatorEndpointsClosed() {
		for (String endpoint : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info")) {
			HttpResponse<String> response = this.client.get(endpoint, JSON);

			assertThat(response.statusCode()).as(endpoint).isNotEqualTo(200);
		}
	}

	@Test
	void allowsDashboardOriginToCallTokenEndpoint() {
		HttpResponse<String> response = this.client.send(preflight("http://127.0.0.1:5173"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:5173");
	}

	@Test
	void refusesCrossOriginCallsFromUnregisteredOrigins() {
		HttpResponse<String> response = this.client.send(preflight("http://evil.example"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void hasDemoUserForEveryRole() {
		Set<Role> covered = this.directory.users()
			.stream()
			.flatMap(user -> user.roles().stream())
			.collect(Collectors.toSet());

		assertThat(covered).containsExactlyInAnyOrder(Role.values());
	}

	private HttpRequest preflight(String origin) {
		return HttpRequest.newBuilder(this.client.uri("/oauth2/token"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.build();
	}

}
