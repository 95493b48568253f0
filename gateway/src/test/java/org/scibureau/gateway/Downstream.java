package org.scibureau.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import io.netty.handler.codec.http.HttpResponseStatus;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A stand-in for the services behind the gateway: one HTTP server on a random port that records every request it
 * gets and answers by path.
 * <ul>
 * <li>{@code .../slow...}: answers after {@link #SLOW}, longer than any time limit the tests configure;</li>
 * <li>{@code .../busy...}: answers after {@link #BUSY}, well within every time limit;</li>
 * <li>{@code .../flaky/...}: closes the connection without an answer the first time a URI is asked, answers
 * after that;</li>
 * <li>{@code .../conflict}: a service's own 409 problem document;</li>
 * <li>{@code .../unavailable}: a service's own 503 problem document;</li>
 * <li>{@code .../api-docs}: a minimal OpenAPI document;</li>
 * <li>anything else: {@code 200 {"answeredBy":"downstream"}}.</li>
 * </ul>
 * One server per test JVM, see {@link #shared()}.
 */
public final class Downstream {

	/** How long a {@code /slow} request waits before it is answered. */
	public static final Duration SLOW = Duration.ofSeconds(6);

	/** How long a {@code /busy} request waits before it is answered. */
	public static final Duration BUSY = Duration.ofMillis(300);

	private static @Nullable Downstream shared;

	private final DisposableServer server;

	private final Queue<Recorded> requests = new ConcurrentLinkedQueue<>();

	private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

	private Downstream() {
		this.server = HttpServer.create()
			.host(InetAddress.getLoopbackAddress().getHostAddress())
			.port(0)
			.handle(this::answer)
			.bindNow();
	}

	/**
	 * This JVM's downstream server, started on first call.
	 * @return the shared server
	 */
	public static synchronized Downstream shared() {
		if (shared == null) {
			shared = new Downstream();
		}
		return shared;
	}

	/**
	 * The server's base URI.
	 * @return for example {@code http://127.0.0.1:41234}
	 */
	public URI uri() {
		return URI.create("http://" + this.server.host() + ":" + this.server.port());
	}

	/**
	 * A base URI where nothing listens, so connections are refused at once.
	 * @return for example {@code http://127.0.0.1:41235}
	 */
	public static URI deadUri() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The requests received for one raw path-and-query, in order.
	 * @param uri the request's raw path and query, e.g. {@code /api/plan/projects?limit=5}
	 * @return the recorded requests; empty if none came
	 */
	public List<Recorded> requestsTo(String uri) {
		return this.requests.stream().filter((request) -> request.uri().equals(uri)).toList();
	}

	/**
	 * Whether any request has come whose path starts so.
	 * @param prefix a path prefix
	 * @return {@code true} if one came
	 */
	public boolean receivedAnyStartingWith(String prefix) {
		return this.requests.stream().anyMatch((request) -> request.uri().startsWith(prefix));
	}

	private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response) {
		String uri = request.uri();
		return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]).flatMap((body) -> {
			this.requests.add(new Recorded(request.method().name(), uri, headers(request), body.length));
			if (uri.contains("/slow")) {
				return Mono.delay(SLOW).then(json(response, HttpResponseStatus.OK, "{\"answeredBy\":\"downstream\"}"));
			}
			if (uri.contains("/busy")) {
				return Mono.delay(BUSY).then(json(response, HttpResponseStatus.OK, "{\"answeredBy\":\"downstream\"}"));
			}
			if (uri.contains("/flaky/") && this.failedOnce.add(request.method().name() + " " + uri)) {
				request.withConnection(Connection::dispose);
				return Mono.empty();
			}
			if (uri.endsWith("/conflict")) {
				return json(response.header("Content-Type", "application/problem+json"), HttpResponseStatus.CONFLICT,
						"{\"type\":\"urn:scibureau:problem:illegal-state\",\"status\":409}");
			}
			if (uri.endsWith("/unavailable")) {
				return json(response.header("Content-Type", "application/problem+json"),
						HttpResponseStatus.SERVICE_UNAVAILABLE,
						"{\"type\":\"urn:scibureau:problem:service-unavailable\",\"status\":503,\"detail\":\"database\"}");
			}
			if (uri.endsWith("/api-docs")) {
				return json(response, HttpResponseStatus.OK, "{\"openapi\":\"3.1.0\",\"paths\":{}}");
			}
			return json(response, HttpResponseStatus.OK, "{\"answeredBy\":\"downstream\"}");
		});
	}

	private static Mono<Void> json(HttpServerResponse response, HttpResponseStatus status, String body) {
		if (!response.responseHeaders().contains("Content-Type")) {
			response.header("Content-Type", "application/json");
		}
		return response.status(status).sendString(Mono.just(body), StandardCharsets.UTF_8).then();
	}

	private static Map<String, List<String>> headers(HttpServerRequest request) {
		return request.requestHeaders()
			.names()
			.stream()
			.collect(Collectors.toMap((name) -> name.toLowerCase(Locale.ROOT),
					(name) -> request.requestHeaders().getAll(name), (first, second) -> first));
	}

	/**
	 * One request as the downstream server saw it.
	 *
	 * @param method the HTTP method
	 * @param uri the raw path and query
	 * @param headers the headers, by lower-case name
	 * @param bodyLength the number of body bytes received
	 */
	public record Recorded(String method, String uri, Map<String, List<String>> headers, int bodyLength) {

		/**
		 * The first value of a header.
		 * @param name the header's name, any case
		 * @return its first value, or {@code null}
		 */
		public @Nullable String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

	}

}
