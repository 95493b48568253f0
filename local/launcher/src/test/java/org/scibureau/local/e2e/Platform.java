package org.scibureau.local.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.local.launcher.Components;
import org.scibureau.local.launcher.PlatformHome;
import org.scibureau.local.launcher.PlatformState;
import org.scibureau.local.process.JavaRuntime;
import org.scibureau.local.process.LogTail;
import org.scibureau.local.process.Ports;
import org.scibureau.local.seed.DemoDirectory;
import org.scibureau.local.token.ClientCredentials;
import org.scibureau.local.token.TokenClaims;
import org.scibureau.local.token.TokenClient;

import static org.awaitility.Awaitility.await;

/**
 * The whole local platform for end-to-end tests: started once per test JVM through the launcher, exactly as
 * {@code ./scibureau up --demo --fresh} starts it (separate processes on the standard ports, demo data seeded
 * through the gateway), in a data directory of its own under {@code target/}, and stopped when the JVM exits.
 * <p>
 * It refuses to start while anything listens on the platform's ports (a developer's running platform, say), rather
 * than test against something it did not start. It runs the jars the build packaged: the reactor builds the launcher
 * module after every service, the gateway and the authorization server.
 *
 * <pre>{@code
 * Platform platform = Platform.shared();
 * platform.client("plan-officer").get().uri("/api/plan/plans").exchange().expectStatus().isOk();
 * }</pre>
 */
public final class Platform {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

	private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

	private static @Nullable Platform shared;

	private final Process launcher;

	private final PlatformHome home;

	private final Path output;

	private final TokenClient tokens = TokenClient.local();

	private Platform(Process launcher, PlatformHome home, Path output) {
		this.launcher = launcher;
		this.home = home;
		this.output = output;
	}

	/**
	 * The platform of this test JVM, started on first call (which takes a minute or two).
	 * @return the running platform, ready: services ready, demo data seeded, gateway UP
	 * @throws IllegalStateException if its ports are taken or it does not become ready
	 */
	public static synchronized Platform shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	/**
	 * The gateway's base URL.
	 * @return {@code http://localhost:8080}
	 */
	public URI gateway() {
		return URI.create("http://localhost:" + port("gateway"));
	}

	/**
	 * The Kafka broker's bootstrap servers: the address it advertises.
	 * @return {@code 127.0.0.1:19092}
	 */
	public String kafka() {
		return "127.0.0.1:" + port("kafka");
	}

	/**
	 * The demo identities the platform was seeded with: the directory in the authorization server's jar.
	 * @return the demo directory
	 */
	public DemoDirectory demoDirectory() {
		return DemoDirectory.inJar(this.home.repository().resolve("local/auth-server/target/auth-server-0.1.0-SNAPSHOT.jar"));
	}

	/**
	 * An access token from the platform's authorization server.
	 * @param claims the claims it carries
	 * @return the raw JWT
	 */
	public String token(TokenClaims claims) {
		return this.tokens.token(ClientCredentials.CLI, claims);
	}

	/**
	 * An access token with one or more roles in the city of Chengdu (510100).
	 * @param roles the roles, separated by commas
	 * @return the raw JWT
	 */
	public String token(String roles) {
		return token(TokenClaims.roles(roles));
	}

	/**
	 * A client of the gateway that sends no token.
	 * @return the client
	 */
	public WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl(gateway().toString()).responseTimeout(Duration.ofSeconds(30)).build();
	}

	/**
	 * A client of the gateway that sends a token with these roles.
	 * @param roles the roles, separated by commas
	 * @return the client
	 */
	public WebTestClient client(String roles) {
		return client(TokenClaims.roles(roles));
	}

	/**
	 * A client of the gateway that sends a token with these claims.
	 * @param claims the claims
	 * @return the client
	 */
	public WebTestClient client(TokenClaims claims) {
		return client().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token(claims)).build();
	}

	/**
	 * A plain HTTP client, for requests a {@link WebTestClient} does not suit.
	 * @return a new client
	 */
	public HttpClient httpClient() {
		return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	/**
	 * Where every component's log is.
	 * @return the platform's log directory
	 */
	public Path logs() {
		return this.home.directory().resolve("logs");
	}

	private static Platform start() {
		Path repository = Path.of(System.getProperty("scibureau.repository", "../..")).toAbsolutePath().normalize();
		requireFreePorts();
		Path target = repository.resolve("local/launcher/target");
		PlatformHome home = new PlatformHome(repository, target.resolve("e2e-platform"));
		deleteRecursively(home.directory());
		Path output = target.resolve("e2e-platform-launcher.log");
		Process launcher;
		try {
			Files.createDirectories(target);
			ProcessBuilder builder = new ProcessBuilder(command(repository, home)).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			// Unpacking jars and writing JVM startup caches pays off from the second start; these tests start once.
			builder.environment().put("SCIBUREAU_STARTUP_CACHE", "off");
			launcher = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the launcher", ex);
		}
		Platform platform = new Platform(launcher, home, output);
		Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "e2e-platform-stop"));
		platform.awaitReady();
		return platform;
	}

	private static List<String> command(Path repository, PlatformHome home) {
		// The launcher as this build compiled it: this JVM's class path. Maven tests before it packages, so a jar in
		// target/ would be the previous build's.
		List<String> command = new ArrayList<>(List.of(JavaRuntime.java().toString(), "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Xmx128m", "-cp", JavaRuntime.absoluteClassPath(),
				"org.scibureau.local.Launcher", "up", "--demo", "--fresh"));
		command.add("--repository=" + repository);
		command.add("--home=" + home.directory());
		command.add("--watch-pid=" + ProcessHandle.current().pid());
		return command;
	}

	private static void requireFreePorts() {
		Map<Integer, String> taken = Components.ports()
			.entrySet()
			.stream()
			.filter((port) -> Ports.isListening(port.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		if (!taken.isEmpty()) {
			throw new IllegalStateException("The end-to-end tests start their own platform, but something already "
					+ "listens on its ports " + taken + ". Is a platform running ('./scibureau status')? Stop it "
					+ "('./scibureau down') and run the tests again.");
		}
	}

	private void awaitReady() {
		try {
			await("the local platform to be ready").atMost(START_TIMEOUT)
				.pollInterval(Duration.ofSeconds(1))
				.failFast("the launcher exited before the platform was ready", () -> !this.launcher.isAlive())
				.until(this::isReady);
		}
		catch (ConditionTimeoutException | TerminalFailureException ex) {
			stop();
			throw new IllegalStateException("The local platform did not become ready (" + ex.getMessage()
					+ "). Launcher output (" + this.output + "):\n" + String.join("\n", LogTail.lastLines(this.output, 60))
					+ "\nComponent logs: " + logs(), ex);
		}
	}

	private boolean isReady() {
		PlatformState state = PlatformState.read(this.home.stateFile());
		Long supervisor = state.supervisorPid();
		return state.phase() == PlatformState.Phase.READY && supervisor != null && supervisor == this.launcher.pid();
	}

	private void stop() {
		if (!this.launcher.isAlive()) {
			return;
		}
		this.launcher.destroy();
		try {
			if (!this.launcher.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				this.launcher.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.launcher.destroyForcibly();
		}
	}

	private static int port(String component) {
		return Components.ports()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(component))
			.findFirst()
			.orElseThrow()
			.getKey();
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + directory, ex);
		}
	}

}
