package org.scibureau.local.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
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

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Talks to a running authorization server over real HTTP, as a service, the CLI or a browser would: posts token
 * requests, keeps a session cookie across redirects, and verifies tokens against the published JWKS the way the
 * platform's resource servers do (signature, expiry, issuer, audience).
 */
final class AuthServerClient {

	static final String ISSUER = "http://localhost:9000";

	static final String AUDIENCE = "scibureau-api";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final URI base;

	private final HttpClient http;

	private AuthServerClient(URI base, HttpClient http) {
		this.base = base;
		this.http = http;
	}

	/**
	 * A client without cookies, for the token endpoint and other machine-to-machine calls.
	 */
	static AuthServerClient machine(int port) {
		return new AuthServerClient(URI.create("http://localhost:" + port),
				HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build());
	}

	/**
	 * A client that keeps cookies like a browser but, unlike one, shows every redirect to the test.
	 */
	static AuthServerClient browser(int port) {
		return new AuthServerClient(URI.create("http://localhost:" + port),
				HttpClient.newBuilder()
					.connectTimeout(TIMEOUT)
					.followRedirects(HttpClient.Redirect.NEVER)
					.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
					.build());
	}

	URI uri(String pathAndQuery) {
		return this.base.resolve(pathAndQuery);
	}

	HttpResponse<String> get(String pathAndQuery, String accept) {
		return get(uri(pathAndQuery), accept);
	}

	HttpResponse<String> get(URI uri, String accept) {
		return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header(HttpHeaders.ACCEPT, accept).GET().build());
	}

	HttpResponse<String> postForm(String path, Map<String, String> form) {
		return send(formRequest(path, form).build());
	}

	HttpResponse<String> postForm(String path, Map<String, String> form, String clientId, String secret) {
		String credentials = Base64.getEncoder()
			.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return send(formRequest(path, form).header(HttpHeaders.AUTHORIZATION, "Basic " + credentials).build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A client credentials token request with the given extra parameters.
	 */
	HttpResponse<String> clientCredentials(String clientId, String secret, Map<String, String> parameters) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "client_credentials");
		form.putAll(parameters);
		return postForm("/oauth2/token", form, clientId, secret);
	}

	/**
	 * Verifies an access token as every platform service does.
	 */
	Jwt decodeAccessToken(String token) {
		return decoder(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(ISSUER),
				new JwtAudienceValidator(AUDIENCE)))
			.decode(token);
	}

	/**
	 * Verifies an ID token, whose audience is the client.
	 */
	Jwt decodeIdToken(String token, String clientId) {
		return decoder(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(ISSUER),
				new JwtAudienceValidator(clientId)))
			.decode(token);
	}

	static String json(HttpResponse<String> response, String path) {
		return JsonPath.read(response.body(), path);
	}

	static String form(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private JwtDecoder decoder(OAuth2TokenValidator<Jwt> validator) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(uri("/oauth2/jwks").toString()).build();
		decoder.setJwtValidator(validator);
		return decoder;
	}

	private HttpRequest.Builder formRequest(String path, Map<String, String> form) {
		return HttpRequest.newBuilder(uri(path))
			.timeout(TIMEOUT)
			.header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
			.header(HttpHeaders.ACCEPT, "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form(form)));
	}

}
