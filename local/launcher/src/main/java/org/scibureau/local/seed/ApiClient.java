package org.scibureau.local.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Calls the platform's HTTP API as one client with a bearer token, retrying while the platform warms up: a 503
 * from a service that is not ready yet, a 502/504 from the gateway, a 429 from its rate limiter, or no connection.
 * Every other answer is returned as it is.
 */
final class ApiClient {

	private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

	private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);

	private final URI baseUri;

	private final HttpClient http;

	private final Supplier<String> tokens;

	private final JsonMapper json;

	private final Duration retryFor;

	private final Pause pause;

	private @Nullable String token;

	ApiClient(URI baseUri, HttpClient http, Supplier<String> tokens, JsonMapper json, Duration retryFor, Pause pause) {
		this.baseUri = baseUri;
		this.http = http;
		this.tokens = tokens;
		this.json = json;
		this.retryFor = retryFor;
		this.pause = pause;
	}

	ApiResponse get(String pathAndQuery) {
		return send("GET", pathAndQuery, null, Map.of());
	}

	ApiResponse post(String path, @Nullable Object body, Map<String, String> headers) {
		return send("POST", path, body, headers);
	}

	ApiResponse put(String path, Object body) {
		return send("PUT", path, body, Map.of());
	}

	private ApiResponse send(String method, String pathAndQuery, @Nullable Object body, Map<String, String> headers) {
		byte[] content = (body != null) ? this.json.writeValueAsBytes(body) : new byte[0];
		Instant deadline = Instant.now().plus(this.retryFor);
		Duration backoff = FIRST_BACKOFF;
		boolean tokenRenewed = false;
		while (true) {
			ApiResponse response;
			try {
				response = exchange(method, pathAndQuery, content, body != null, headers);
			}
			catch (IOException ex) {
				if (Instant.now().isAfter(deadline)) {
					throw new SeedingException(method + " " + pathAndQuery + " failed: " + ex.getMessage(), ex);
				}
				this.pause.pause(backoff);
				backoff = next(backoff);
				continue;
			}
			if (response.is(401) && !tokenRenewed) {
				// The token may have expired while the platform ran; one new token, then a 401 stands.
				this.token = null;
				tokenRenewed = true;
				continue;
			}
			if (!RETRYABLE.contains(response.status()) || Instant.now().isAfter(deadline)) {
				return response;
			}
			this.pause.pause(retryAfter(response).orElse(backoff));
			backoff = next(backoff);
		}
	}

	private ApiResponse exchange(String method, String pathAndQuery, byte[] content, boolean hasBody,
			Map<String, String> headers) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.baseUri.resolve(pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token())
			.header("Accept", "application/json")
			.method(method, hasBody ? HttpRequest.BodyPublishers.ofByteArray(content)
					: HttpRequest.BodyPublishers.noBody());
		if (hasBody) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new ApiResponse(response.statusCode(), response.headers(), parse(response.body()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SeedingException("Interrupted during " + method + " " + pathAndQuery, ex);
		}
	}

	private String token() {
		String current = this.token;
		if (current == null) {
			current = this.tokens.get();
			this.token = current;
		}
		return current;
	}

	private JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return MissingNode.getInstance();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	private static Optional<Duration> retryAfter(ApiResponse response) {
		return response.headers()
			.firstValue("Retry-After")
			.filter((value) -> value.matches("\\d{1,4}"))
			.map((value) -> Duration.ofSeconds(Long.parseLong(value)))
			.map((wait) -> (wait.compareTo(MAX_RETRY_AFTER) > 0) ? MAX_RETRY_AFTER : wait);
	}

	private static Duration next(Duration backoff) {
		Duration doubled = backoff.multipliedBy(2);
		return (doubled.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : doubled;
	}

}
