package org.scibureau.local.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scibureau.local.process.NewSession;
import org.scibureau.local.process.StartupCache;
import org.scibureau.platform.test.infrastructure.Database;

/**
 * The command and environment of each application process. Configuration travels in environment variables, which
 * Spring Boot binds by relaxed naming, rather than in arguments: arguments are visible to everyone in {@code ps},
 * and they carry database passwords.
 */
final class ProcessEnvironments {

	/**
	 * JVM options of every application: a small footprint suits one developer's traffic, and with C1 alone the
	 * authorization server needed about 40% less CPU to start than with tiered compilation (measured on two cores).
	 */
	static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
			"-XX:ReservedCodeCacheSize=64m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");

	private static final String ISSUER = "http://localhost:" + Components.AUTH_SERVER.port();

	private ProcessEnvironments() {
	}

	/**
	 * The command that runs an application's jar, in a session of its own where possible.
	 * @param java the {@code java} executable
	 * @param launch the jar and its startup cache's options
	 * @return the command
	 */
	static List<String> command(Path java, StartupCache.Launch launch) {
		List<String> command = new ArrayList<>(NewSession.prefix());
		command.add(java.toString());
		command.addAll(JVM_OPTIONS);
		command.addAll(launch.jvmOptions());
		command.add("-jar");
		command.add(launch.jar().toString());
		return command;
	}

	/**
	 * The authorization server's environment: its port, its issuer and the file that keeps its signing key, so that
	 * tokens stay valid across restarts.
	 */
	static Map<String, String> authServer(Path signingKey) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", Integer.toString(Components.AUTH_SERVER.port()));
		environment.put("SCIBUREAU_ISSUER_URI", ISSUER);
		environment.put("SCIBUREAU_AUTH_TOKEN_KEY_FILE", signingKey.toString());
		return environment;
	}

	/**
	 * A business service's environment: its port, its own database and role, the broker and the token issuer.
	 */
	static Map<String, String> service(Service service, Database database, String bootstrapServers) {
		Map<String, String> environment = resourceServer(service);
		String hostAndPort = "localhost:" + database.port() + "/" + database.name();
		environment.put("SPRING_R2DBC_URL", "r2dbc:postgresql://" + hostAndPort);
		environment.put("SPRING_R2DBC_USERNAME", database.username());
		environment.put("SPRING_R2DBC_PASSWORD", database.password());
		environment.put("SPRING_FLYWAY_URL", "jdbc:postgresql://" + hostAndPort);
		environment.put("SPRING_FLYWAY_USER", database.username());
		environment.put("SPRING_FLYWAY_PASSWORD", database.password());
		environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
		environment.putAll(LOCAL_FIGURES.getOrDefault(service.name(), Map.of()));
		return environment;
	}

	/**
	 * The local platform's own shipped figures where a deployment's would keep a demo from going end to end within
	 * minutes: an approval is contracted at once instead of after its 7-day public notice. They become the rules'
	 * first versions of the local databases only (ADR 0015); an administrator changes them as anywhere else.
	 */
	static final Map<String, Map<String, String>> LOCAL_FIGURES = Map.of("plan",
			Map.of("SCIBUREAU_PLAN_PROJECTS_PUBLICITY_DAYS", "0"));

	/**
	 * The gateway's environment: its port, the token issuer and where each service listens.
	 */
	static Map<String, String> gateway(List<Service> services) {
		Map<String, String> environment = resourceServer(Components.GATEWAY);
		services.forEach((service) -> environment.put(
				"SCIBUREAU_GATEWAY_SERVICES_" + service.name().toUpperCase(Locale.ROOT) + "_URI",
				service.baseUri().toString()));
		return environment;
	}

	private static Map<String, String> resourceServer(Service service) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", Integer.toString(service.port()));
		environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", ISSUER);
		environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", ISSUER + "/oauth2/jwks");
		return environment;
	}

}
