package org.scibureau.gateway;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.test.token.TestTokens;

/**
 * The gateway on a random port in front of {@link Downstream}: plan, funding, ip and awards point at the shared
 * downstream server, talent at a port where nothing listens; ip-service's time limit is one second. Tokens come
 * from {@link TestTokens}. Every subclass shares one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class GatewayIntegrationTestSupport {

	/** The only browser origin allowed by CORS in these tests. */
	protected static final String DASHBOARD_ORIGIN = "https://dashboard.example.gov.cn";

	/** ip-service's time limit in these tests. */
	protected static final Duration IP_SERVICE_TIMEOUT = Duration.ofSeconds(1);

	/** The request body limit in these tests. */
	protected static final int MAX_REQUEST_BYTES = 64 * 1024;

	protected static final int MAX_UPLOAD_BYTES = 4 * MAX_REQUEST_BYTES;

	protected static final Downstream downstream = Downstream.shared();

	@LocalServerPort
	private int port;

	protected WebTestClient client;

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		String live = downstream.uri().toString();
		registry.add("scibureau.gateway.services.plan.uri", () -> live);
		registry.add("scibureau.gateway.services.funding.uri", () -> live);
		registry.add("scibureau.gateway.services.talent.uri", () -> Downstream.deadUri().toString());
		registry.add("scibureau.gateway.services.ip.uri", () -> live);
		registry.add("scibureau.gateway.services.ip.timeout", () -> IP_SERVICE_TIMEOUT.toMillis() + "ms");
		registry.add("scibureau.gateway.services.awards.uri", () -> live);
		registry.add("scibureau.gateway.cors.allowed-origins", () -> DASHBOARD_ORIGIN);
		registry.add("scibureau.gateway.max-request-size", () -> MAX_REQUEST_BYTES + "B");
		registry.add("scibureau.gateway.uploads.max-size", () -> MAX_UPLOAD_BYTES + "B");
		// Far above what the tests send, so that no test but the rate limit's own meets a limit.
		registry.add("scibureau.gateway.rate-limit.classes.ordinary.per-second", () -> "100000");
		registry.add("scibureau.gateway.rate-limit.classes.ordinary.burst", () -> "100000");
		registry.add("scibureau.gateway.rate-limit.classes.anonymous.per-second", () -> "100000");
		registry.add("scibureau.gateway.rate-limit.classes.anonymous.burst", () -> "100000");
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.shared().issuer());
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestTokens.shared().jwkSetUri());
	}

	@BeforeEach
	void bindClient() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * An absolute gateway URI, kept exactly as given (no template expansion or re-encoding).
	 * @param rawPathAndQuery for example {@code /api/plan/projects/a%20b?q=1}
	 * @return the URI
	 */
	protected URI gateway(String rawPathAndQuery) {
		return URI.create("http://localhost:" + this.port + rawPathAndQuery);
	}

	/**
	 * A valid token for an ordinary officer.
	 * @return the compact JWT
	 */
	protected static String token() {
		return TestTokens.shared().token().roles("plan-officer").jurisdiction("510100").build();
	}

}
