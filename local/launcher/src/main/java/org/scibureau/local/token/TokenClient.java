package org.scibureau.local.token;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets access tokens from the local authorization server with the client credentials grant
 * ({@code POST /oauth2/token}, HTTP basic client authentication).
 */
public final class TokenClient {

	/** Where the local platform's authorization server listens. */
	public static final URI LOCAL_ISSUER = URI.create("http://localhost:9000");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI issuer;

	private final HttpClient http;

	/**
	 * A client of an authorization server.
	 * @param issuer the server's base URL
	 * @param http the HTTP client
	 */
	public TokenClient(URI issuer, HttpClient http) {
		this.issuer = issuer;
		this.http = http;
	}

	/**
	 * A client of the local platform's authorization server.
	 * @return the client
	 */
	public static TokenClient local() {
		return new TokenClient(LOCAL_ISSUER, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
	}

	/**
	 * A token for a client whose claims are fixed by its registration.
	 * @param client the client
	 * @return the raw JWT
	 * @throws TokenException if the server does not answer or refuses
	 */
	public String token(ClientCredentials client) {
		return request(client, Map.of());
	}

	/**
	 * A token with the claims asked for, for a client that may choose them.
	 * @param client the client
	 * @param claims the claims
	 * @return the raw JWT
	 * @throws TokenException if the server does not answer or refuses
	 */
	public String token(ClientCredentials client, TokenClaims claims) {
		return request(client, claims.parameters());
	}

	private String request(ClientCredentials client, Map<String, String> claimParameters) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "client_credentials");
		form.putAll(claimParameters);
		URI endpoint = this.issuer.resolve("/oauth2/token");
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", basic(client))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new TokenException("No authorization server answers at " + this.issuer, true, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TokenException("Interrupted while asking " + this.issuer + " for a token", true, ex);
		}
		return accessToken(response);
	}

	private String accessToken(HttpResponse<String> response) {
		JsonNode body;
		try {
			body = JSON.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new TokenException("The authorization server at " + this.issuer + " answered HTTP "
					+ response.statusCode() + " without a JSON body", false, ex);
		}
		JsonNode token = body.path("access_token");
		if (response.statusCode() == 200 && token.isString()) {
			return token.stringValue();
		}
		String error = body.path("error").isString() ? body.path("error").stringValue() : "HTTP " + response.statusCode();
		JsonNode description = body.path("error_description");
		throw new TokenException("The authorization server refused the token request: " + error
				+ (description.isString() ? " (" + description.stringValue() + ")" : ""), false);
	}

	private static String basic(ClientCredentials client) {
		// RFC 6749 2.3.1: client id and secret are form-encoded before they are joined for HTTP basic.
		String pair = URLEncoder.encode(client.clientId(), StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(client.secret(), StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
