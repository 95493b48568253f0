package org.scibureau.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The platform's gateway, started from its packaged jar as a process of its own on the JDK the bench runs on, with
 * the services' routes pointed at the bench's backends, the bench's token issuer, and the bench's limit class for the
 * bench's client and for calls without a token.
 */
public final class GatewayProcess implements AutoCloseable {

	private static final Duration READY_WITHIN = Duration.ofSeconds(90);

	private final Process process;

	private final int port;

	private GatewayProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the gateway and waits until its health is UP.
	 * @param jar the gateway's packaged jar
	 * @param port the port it listens on
	 * @param routes where each service's route leads, by service name ({@code plan}…); the others lead to the first
	 * @param issuer the token issuer
	 * @param jwkSetUri the issuer's key set
	 * @param log where its output goes
	 * @param jvmOptions options of its JVM, e.g. a heap size
	 * @return the running gateway
	 * @throws IOException if it cannot be started or does not become ready
	 */
	public static GatewayProcess start(Path jar, int port, Map<String, URI> routes, String issuer, String jwkSetUri, Path log,
			List<String> jvmOptions) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IOException("No gateway jar at " + jar + ": build it with ./mvnw package -pl gateway -am");
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("SERVER_PORT", Integer.toString(port));
		environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer);
		environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", jwkSetUri);
		URI fallback = routes.values().iterator().next();
		for (String service : List.of("plan", "funding", "talent", "ip", "awards")) {
			environment.put("SCIBUREAU_GATEWAY_SERVICES_" + service.toUpperCase(Locale.ROOT) + "_URI",
					routes.getOrDefault(service, fallback).toString());
		}
		// Calls without a token (the public path, to price the token check) get the bench's class too.
		environment.put("SCIBUREAU_GATEWAY_RATELIMIT_ANONYMOUSCLASS", "bench");
		environment.put("LOGGING_LEVEL_ROOT", "WARN");
		Process process = builder.start();
		GatewayProcess gateway = new GatewayProcess(process, port);
		gateway.awaitReady();
		return gateway;
	}

	private void awaitReady() throws IOException {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IOException("The gateway stopped with exit code " + this.process.exitValue());
			}
			try {
				if (client.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for the gateway", ex);
			}
			LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
		}
		close();
		throw new IOException("The gateway was not ready within " + READY_WITHIN.toSeconds() + " s");
	}

	/** Its base URI. */
	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/** Its process id, to pin it or read its memory. */
	public long pid() {
		return this.process.pid();
	}

	@Override
	public void close() {
		Processes.stop(this.process);
	}

}
