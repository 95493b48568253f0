package org.scibureau.gateway.ratelimit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code redis-server} (Debian's package) on a free loopback port, without persistence, stopped with the
 * JVM or by {@link #stop()}. {@code .ci/run} installs the package, and sets {@code SCIBUREAU_REQUIRE_REDIS} so that
 * in CI a missing server fails the build; on a developer's machine without it the tests that need it are skipped
 * with the command that installs it.
 */
final class RedisServer implements AutoCloseable {

	private static final List<Path> LOCATIONS = List.of(Path.of("/usr/bin/redis-server"),
			Path.of("/usr/local/bin/redis-server"), Path.of("/opt/homebrew/bin/redis-server"));

	private final Process process;

	private final int port;

	private RedisServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts a server and waits until it accepts connections.
	 * @return the running server
	 */
	static RedisServer start() {
		Path binary = LOCATIONS.stream().filter(Files::isExecutable).findFirst().orElse(null);
		if (binary == null) {
			String message = "redis-server is not installed (sudo apt-get install redis-server); .ci/run installs it";
			assertThat(System.getenv("SCIBUREAU_REQUIRE_REDIS")).as(message).isNull();
			Assumptions.abort(message);
		}
		int port = freePort();
		try {
			Process process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes")
				.redirectErrorStream(true)
				.start();
			RedisServer server = new RedisServer(process, port);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			server.awaitReady();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.port;
	}

	void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void awaitReady() throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		BufferedReader output = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			seen.append(line).append('\n');
			if (line.contains("Ready to accept connections")) {
				Thread.ofPlatform().daemon().start(() -> output.lines().forEach((ignored) -> { }));
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				break;
			}
		}
		stop();
		throw new IllegalStateException("redis-server did not start:\n" + seen);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
