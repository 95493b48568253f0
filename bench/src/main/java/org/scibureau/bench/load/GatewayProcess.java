package org.scibureau.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's gateway, started from its packaged jar as a process of its own on the JDK the bench runs on, with
 * the services' routes pointed at the bench's backends, the bench's token issuer, and the bench's limit class for the
 * bench's client and for calls without a token.
 */
public final class GatewayProcess implements AutoCloseable {

	private final ServiceProcess process;

	private GatewayProcess(ServiceProcess process) {
		this.process = process;
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
	 * @param prefix what runs {@code java}, e.g. {@link CpuPinning#systemUnderTest()}, or none
	 * @return the running gateway
	 * @throws IOException if it cannot be started or does not become ready
	 */
	public static GatewayProcess start(Path jar, int port, Map<String, URI> routes, String issuer, String jwkSetUri, Path log,
			List<String> jvmOptions, List<String> prefix) throws IOException {
		Map<String, String> environment = ServiceProcess.resourceServerEnvironment(issuer, jwkSetUri);
		URI fallback = routes.values().iterator().next();
		for (String service : List.of("plan", "funding", "talent", "ip", "awards")) {
			environment.put("SCIBUREAU_GATEWAY_SERVICES_" + service.toUpperCase(Locale.ROOT) + "_URI",
					routes.getOrDefault(service, fallback).toString());
		}
		// Calls without a token (the public path, to price the token check) get the bench's class too.
		environment.put("SCIBUREAU_GATEWAY_RATELIMIT_ANONYMOUSCLASS", "bench");
		return new GatewayProcess(ServiceProcess.start("the gateway", prefix, ServiceProcess.jarCommand(jar, jvmOptions),
				port, environment, log));
	}

	/** Its base URI. */
	public URI uri() {
		return this.process.uri();
	}

	/** Its process id, to pin it or read its memory. */
	public long pid() {
		return this.process.pid();
	}

	@Override
	public void close() {
		this.process.close();
	}

}
