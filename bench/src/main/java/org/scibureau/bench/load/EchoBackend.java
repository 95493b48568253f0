package org.scibureau.bench.load;

import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The backend of the gateway scenario: answers every GET with a small JSON document after a fixed delay (zero for
 * the cheapest request a service could answer), so that the gateway's and nginx's hops are all that differ.
 */
public final class EchoBackend implements AutoCloseable {

	private static final byte[] BODY = "{\"status\":\"OK\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	private final DisposableServer server;

	private EchoBackend(DisposableServer server) {
		this.server = server;
	}

	/**
	 * Starts a backend on a free loopback port.
	 * @param delay how long each answer waits
	 * @return the running backend
	 */
	public static EchoBackend start(Duration delay) {
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/**", (request, response) -> {
				Mono<Void> answer = response.header("Content-Type", "application/json")
					.sendByteArray(Mono.just(BODY))
					.then();
				return delay.isZero() ? answer : Mono.delay(delay).then(answer);
			}))
			.bindNow();
		return new EchoBackend(server);
	}

	/** The backend's port. */
	public int port() {
		return this.server.port();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
