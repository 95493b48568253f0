package org.scibureau.local.token;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TokenClientTests {

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private TokenClient client;

	private volatile int status = 200;

	private volatile String answer = "{\"access_token\":\"eyJ.header.signature\",\"token_type\":\"Bearer\",\"expires_in\":3599}";

	@BeforeEach
	void startAuthorizationServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/oauth2/token", this::token);
		this.server.start();
		this.client = new TokenClient(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()),
				HttpClient.newHttpClient());
	}

	@AfterEach
	void stopAuthorizationServer() {
		this.server.stop(0);
	}

	@Test
	void asksForTheClaimsWithTheClientCredentialsGrant() {
		TokenClaims claims = TokenClaims.roles("applicant")
			.withJurisdiction("510107")
			.withOrg("cb22d4c3-effa-48a6-bf97-e63cd0396c11");

		String token = this.client.token(ClientCredentials.CLI, claims);

		assertThat(token).isEqualTo("eyJ.header.signature");
		Request request = this.requests.getFirst();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.authorization()).isEqualTo(
				"Basic " + Base64.getEncoder().encodeToString("scibureau-cli:scibureau-cli-secret".getBytes(StandardCharsets.UTF_8)));
		assertThat(request.form()).containsExactlyInAnyOrderEntriesOf(Map.of("grant_type", "client_credentials", "roles",
				"applicant", "jurisdiction", "510107", "org", "cb22d4c3-effa-48a6-bf97-e63cd0396c11"));
	}

	@Test
	void asksForATalentAndASubject() {
		TokenClaims claims = TokenClaims.roles("expert")
			.withTalentId("960b0046-d969-4881-ad5a-6e88ed98ffa2")
			.withSubject("demo-seeder:expert:expert1");

		this.client.token(ClientCredentials.CLI, claims);

		assertThat(this.requests.getFirst().form()).containsExactlyInAnyOrderEntriesOf(Map.of("grant_type",
				"client_credentials", "roles", "expert", "jurisdiction", "510100", "talent_id",
				"960b0046-d969-4881-ad5a-6e88ed98ffa2", "sub", "demo-seeder:expert:expert1"));
	}

	@Test
	void aClientWithFixedClaimsSendsNoClaimParameters() {
		this.client.token(ClientCredentials.SEEDER);

		assertThat(this.requests.getFirst().form()).containsOnlyKeys("grant_type");
	}

	@Test
	void aRefusedRequestSaysWhy() {
		this.status = 400;
		this.answer = "{\"error\":\"invalid_request\",\"error_description\":\"parameter 'roles' names unknown role 'boss'\"}";

		assertThatExceptionOfType(TokenException.class)
			.isThrownBy(() -> this.client.token(ClientCredentials.CLI, TokenClaims.roles("boss")))
			.satisfies((ex) -> assertThat(ex.serverUnavailable()).isFalse())
			.withMessageContaining("invalid_request")
			.withMessageContaining("unknown role 'boss'");
	}

	@Test
	void noAuthorizationServerMeansThePlatformIsNotRunning() {
		URI issuer = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
		this.server.stop(0);

		assertThatExceptionOfType(TokenException.class)
			.isThrownBy(() -> new TokenClient(issuer, HttpClient.newHttpClient()).token(ClientCredentials.CLI,
					TokenClaims.roles("bureau-admin")))
			.satisfies((ex) -> assertThat(ex.serverUnavailable()).isTrue());
	}

	private void token(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Authorization"),
				parse(body)));
		byte[] bytes = this.answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(this.status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> parse(String form) {
		return Arrays.stream(form.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					(pair) -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

	private record Request(String method, String authorization, Map<String, String> form) {
	}

}
