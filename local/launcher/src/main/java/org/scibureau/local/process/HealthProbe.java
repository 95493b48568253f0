package org.scibureau.local.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a Spring Boot actuator health endpoint (or its readiness group) for the component's status.
 */
public final class HealthProbe {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final Duration timeout;

	/**
	 * A probe whose requests give up after a timeout.
	 * @param client the HTTP client
	 * @param timeout how long one request may take
	 */
	public HealthProbe(HttpClient client, Duration timeout) {
		this.client = client;
		this.timeout = timeout;
	}

	/**
	 * A probe with its own HTTP client and a two-second timeout.
	 * @return the probe
	 */
	public static HealthProbe create() {
		return new HealthProbe(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
				Duration.ofSeconds(2));
	}

	/**
	 * Asks an endpoint once. An actuator answers 200 when UP and 503 otherwise, with the status in its body.
	 * @param endpoint the health or readiness URL
	 * @return what it answered
	 */
	public Health check(URI endpoint) {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(this.timeout)
			.header("Accept", "application/json")
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return interpret(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			return new Health(Health.State.UNREACHABLE, "no answer");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Health(Health.State.UNREACHABLE, "interrupted");
		}
	}

	static Health interpret(int statusCode, String body) {
		JsonNode status;
		try {
			status = JSON.readTree(body).path("status");
		}
		catch (JacksonException ex) {
			return new Health(Health.State.UNREACHABLE, "HTTP " + statusCode + " without a health report");
		}
		if (!status.isString()) {
			return new Health(Health.State.UNREACHABLE, "HTTP " + statusCode + " without a health report");
		}
		String reported = status.stringValue();
		if (statusCode == 200 && "UP".equals(reported)) {
			return Health.UP;
		}
		return new Health(Health.State.NOT_UP, reported);
	}

}
