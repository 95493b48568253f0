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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Mode;
import org.scibureau.platform.test.infrastructure.Database;

/**
 * A packaged application of the platform (the gateway, a service) started as a process of its own on the JDK the
 * bench runs on, configured through its environment as the launcher does, and ready once its health is UP. It
 * records how long it took from the process's start to ready.
 */
public final class ServiceProcess implements AutoCloseable {

	/** Generous: several JVMs starting at once on two cores busy with other work can take minutes. */
	private static final Duration READY_WITHIN = Duration.ofSeconds(240);

	/**
	 * The JVM options the local platform runs its applications with (the launcher's
	 * {@code ProcessEnvironments.JVM_OPTIONS}, which the bench cannot reach): C1 only and the serial collector, which
	 * start a service with about 40% less CPU on two shared cores, and a small heap.
	 */
	public static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Xss512k", "-XX:ReservedCodeCacheSize=64m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");

	/**
	 * The JVM options the platform's applications are deployed with: the Dockerfile's (the JVM's own compiler and
	 * collector choices), with the heap its {@code -XX:MaxRAMPercentage=65} gives under the Kubernetes manifests'
	 * 768 MiB memory limit.
	 */
	public static final List<String> DEPLOYED_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError");

	/**
	 * The JVM options of the applications a scenario measures: as deployed in the full mode, which warms them up for
	 * long enough; the launcher's in the short modes. Deployed, a service's JVM needs a minute or more of load on two
	 * cores before C2 has compiled its request path (a quick run's plan-service still ran half its samples in the
	 * interpreter); C1 alone compiles it within seconds, so the short runs measure a warm service that is somewhat
	 * slower at its peak, instead of one still compiling. The launcher's options also start it with less CPU.
	 * @param mode the run's mode
	 * @return {@link #DEPLOYED_JVM_OPTIONS} in the full mode, else {@link #LAUNCHER_JVM_OPTIONS}
	 */
	public static List<String> jvmOptions(Mode mode) {
		return (mode == Mode.FULL) ? DEPLOYED_JVM_OPTIONS : LAUNCHER_JVM_OPTIONS;
	}

	private final String name;

	private final Process process;

	private final int port;

	private Duration readyAfter = Duration.ZERO;

	private ServiceProcess(String name, Process process, int port) {
		this.name = name;
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts an application and waits until its health is UP.
	 * @param name what it is, for messages, e.g. {@code plan-service}
	 * @param command how to run it: {@code java}'s options and {@code -jar app.jar} (or a class path and main class),
	 * without the {@code java} executable, which is the bench's own
	 * @param port the port it listens on, set as {@code SERVER_PORT}
	 * @param environment the rest of its environment
	 * @param log where its output goes
	 * @return the running application
	 * @throws IOException if it cannot be started or does not become ready within 4 minutes
	 */
	public static ServiceProcess start(String name, List<String> command, int port, Map<String, String> environment,
			Path log) throws IOException {
		return start(name, List.of(), command, port, environment, log);
	}

	/**
	 * Starts an application under a command prefix and waits until its health is UP.
	 * @param name what it is, for messages, e.g. {@code plan-service}
	 * @param prefix what runs {@code java}, e.g. {@link CpuPinning#systemUnderTest()}
	 * @param command how to run it, as for {@link #start(String, List, int, Map, Path)}
	 * @param port the port it listens on, set as {@code SERVER_PORT}
	 * @param environment the rest of its environment
	 * @param log where its output goes
	 * @return the running application
	 * @throws IOException if it cannot be started or does not become ready within 2 minutes
	 */
	public static ServiceProcess start(String name, List<String> prefix, List<String> command, int port,
			Map<String, String> environment, Path log) throws IOException {
		List<String> line = new ArrayList<>(prefix);
		line.add(java());
		line.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		long started = System.nanoTime();
		ServiceProcess service = new ServiceProcess(name, builder.start(), port);
		service.awaitReady(started);
		return service;
	}

	/** The {@code java} executable the bench runs on, which runs the applications it starts too. */
	static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/**
	 * The command that runs a packaged jar.
	 * @param jar the jar, which must exist
	 * @param jvmOptions options of its JVM, e.g. a heap size
	 * @return {@code jvmOptions -jar jar}
	 * @throws IOException if there is no such jar
	 */
	public static List<String> jarCommand(Path jar, List<String> jvmOptions) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IOException("No jar at " + jar + ": build it with ./mvnw package -DskipTests");
		}
		List<String> command = new ArrayList<>(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		return command;
	}

	/**
	 * The command that runs a module's packaged jar with the options of the run's mode ({@link #jvmOptions}), and
	 * those a profile needs when the run profiles.
	 * @param context the run
	 * @param module the module, e.g. {@code plan-service}
	 * @return {@code jvmOptions -jar jar}
	 * @throws IOException if the module has no jar
	 */
	public static List<String> jarCommand(BenchContext context, String module) throws IOException {
		return jarCommand(context.jar(module), jvmOptions(context));
	}

	/**
	 * The JVM options of an application a scenario measures in a run: the mode's ({@link #jvmOptions(Mode)}), and
	 * those a profile needs when the run profiles.
	 * @param context the run
	 * @return the options
	 */
	public static List<String> jvmOptions(BenchContext context) {
		List<String> options = new ArrayList<>(jvmOptions(context.mode()));
		options.addAll(Profile.jvmOptions(context));
		return options;
	}

	/**
	 * The environment of a business service (plan, funding…): its own database and role, the broker, the bench's
	 * token issuer, and warnings only in its log.
	 * @param database its database
	 * @param bootstrapServers the broker
	 * @param issuer the token issuer
	 * @param jwkSetUri the issuer's key set
	 * @return the environment, to which a scenario may add
	 */
	public static Map<String, String> serviceEnvironment(Database database, String bootstrapServers, String issuer,
			String jwkSetUri) {
		Map<String, String> environment = resourceServerEnvironment(issuer, jwkSetUri);
		environment.put("SPRING_R2DBC_URL", database.r2dbcUrl());
		environment.put("SPRING_R2DBC_USERNAME", database.username());
		environment.put("SPRING_R2DBC_PASSWORD", database.password());
		environment.put("SPRING_FLYWAY_URL", database.jdbcUrl());
		environment.put("SPRING_FLYWAY_USER", database.username());
		environment.put("SPRING_FLYWAY_PASSWORD", database.password());
		environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
		return environment;
	}

	/**
	 * The environment every application of the platform needs: the token issuer, and warnings only in its log.
	 * @param issuer the token issuer
	 * @param jwkSetUri the issuer's key set
	 * @return the environment, to which a scenario may add
	 */
	public static Map<String, String> resourceServerEnvironment(String issuer, String jwkSetUri) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer);
		environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", jwkSetUri);
		environment.put("LOGGING_LEVEL_ROOT", "WARN");
		return environment;
	}

	private void awaitReady(long started) throws IOException {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(uri().resolve("/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = started + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IOException(this.name + " stopped with exit code " + this.process.exitValue());
			}
			try {
				if (client.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
					this.readyAfter = Duration.ofNanos(System.nanoTime() - started);
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				close();
				throw new IOException("Interrupted while waiting for " + this.name, ex);
			}
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
		close();
		throw new IOException(this.name + " was not ready within " + READY_WITHIN.toSeconds() + " s");
	}

	/** Its base URI. */
	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/** Its process id, to pin it or read its memory. */
	public long pid() {
		return this.process.pid();
	}

	/** How long it took from the process's start until its health was UP (polled every 50 ms). */
	public Duration readyAfter() {
		return this.readyAfter;
	}

	/**
	 * Stops it, and waits longer than {@link #close()} does before killing it: a JVM that records its startup cache
	 * writes the cache as it exits.
	 * @param grace how long it may take to exit
	 */
	public void stop(Duration grace) {
		Processes.stop(this.process, grace);
	}

	/**
	 * Kills it at once, for a process whose graceful exit nobody needs: a service's takes a few seconds (in-flight
	 * requests, the broker's consumer group, the connection pools).
	 */
	public void kill() {
		Processes.kill(this.process);
	}

	@Override
	public void close() {
		Processes.stop(this.process);
	}

}
