package org.scibureau.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to a service's JSON API with a bearer token, for what a scenario prepares before it measures (a plan, a
 * fund, the projects a load acts on): each call says which status it expects, and any other is an error that names
 * the service's problem document.
 */
public final class JsonApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final URI base;

	/**
	 * @param base the service's base URI
	 */
	public JsonApi(URI base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	/**
	 * A POST of a JSON body.
	 * @param token the caller's bearer token
	 * @param path the path, e.g. {@code /api/plan/plans}
	 * @param body what is sent as JSON, or {@code null} for none
	 * @param expected the status that means success, e.g. 201
	 * @return the answer's body
	 * @throws IOException if the call fails or answers another status
	 */
	public JsonNode post(String token, String path, @Nullable Object body, int expected) throws IOException {
		return call(request(token, path, body), expected);
	}

	/**
	 * A GET.
	 * @param token the caller's bearer token
	 * @param path the path and query
	 * @return the answer's body
	 * @throws IOException if the call fails or does not answer 200
	 */
	public JsonNode get(String token, String path) throws IOException {
		return call(HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(HttpLoad.TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), 200);
	}

	/**
	 * The POST that {@link #post} sends, for a load that sends many such.
	 * @param token the caller's bearer token
	 * @param path the path
	 * @param body what is sent as JSON, or {@code null} for none
	 * @return the request
	 */
	public HttpRequest request(String token, String path, @Nullable Object body) {
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(HttpLoad.TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST((body != null) ? HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))
					: HttpRequest.BodyPublishers.noBody())
			.build();
	}

	private JsonNode call(HttpRequest request, int expected) throws IOException {
		HttpResponse<String> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted: " + request.method() + " " + request.uri(), ex);
		}
		if (response.statusCode() != expected) {
			throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode()
					+ " where " + expected + " was expected: " + response.body());
		}
		return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
	}

}
