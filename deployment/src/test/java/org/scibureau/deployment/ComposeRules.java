package org.scibureau.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docker-compose.yml must satisfy. Each rule answers the problems it finds, so a test can show both that the
 * real file passes and that a broken copy fails.
 */
final class ComposeRules {

	/** The local authorization server's compose service and module. */
	static final String AUTH_SERVER = "auth-server";

	static final String AUTH_SERVER_MODULE = "local/auth-server";

	static final int AUTH_SERVER_PORT = 9000;

	/** The only services whose ports reach the host. */
	static final Set<String> PUBLISHED = Set.of("gateway", "prometheus", "grafana");

	/** A secret's value: only an interpolation compose refuses to run without, optionally after an encoder id. */
	private static final Pattern SECRET_VALUE = Pattern.compile("(\\{noop})?\\$\\{[A-Z0-9_]+:\\?[^}]*}");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

	private ComposeRules() {
	}

	/** Each app is built from its module by the root Dockerfile and tagged with a pinned image name. */
	static List<String> builds(Tree compose, Repository repository) {
		List<String> problems = new ArrayList<>();
		Map<String, String> modules = new LinkedHashMap<>();
		for (Workload workload : Workload.values()) {
			modules.put(workload.app(), workload.app());
		}
		modules.put(AUTH_SERVER, AUTH_SERVER_MODULE);
		modules.forEach((name, module) -> {
			Tree service = compose.path("services", name);
			if (service.isMissing()) {
				problems.add("No compose service " + name);
				return;
			}
			require(service.string("build", "context").equals("."), name + " is not built from the repository root",
					problems);
			require(service.path("build", "dockerfile").text().orElse("Dockerfile").equals("Dockerfile"), name
					+ " is not built with the root Dockerfile", problems);
			String argument = service.path("build", "args").string("MODULE");
			require(argument.equals(module), name + " builds MODULE '" + argument + "', not " + module, problems);
			require(repository.exists(module + "/pom.xml"), name + " module " + module + " has no pom.xml", problems);
		});
		return problems;
	}

	/** Every image names a tag (not latest) or digest. */
	static List<String> images(Tree compose) {
		List<String> problems = new ArrayList<>();
		compose.get("services").entries().forEach((name, service) -> {
			if (service.get("image").isMissing()) {
				problems.add(name + " has no image name");
			}
			else {
				KubernetesRules.pinned(name, service.string("image")).ifPresent(problems::add);
			}
		});
		return problems;
	}

	/**
	 * The services are healthy when {@code /actuator/health/readiness} answers on their DESIGN.md port, the gateway
	 * and the authorization server when {@code /actuator/health} does (the gateway's on its management port).
	 */
	static List<String> healthchecks(Tree compose) {
		List<String> problems = new ArrayList<>();
		Map<String, List<String>> expected = new LinkedHashMap<>();
		for (Workload service : Workload.services()) {
			expected.put(service.app(), List.of("CMD", "healthcheck", String.valueOf(service.port()),
					KubernetesRules.READINESS));
		}
		String gatewayManagementPort = environment(compose.path("services", Workload.GATEWAY.app()))
			.getOrDefault(EnvironmentNames.MANAGEMENT_SERVER_PORT, String.valueOf(Workload.GATEWAY.port()));
		expected.put(Workload.GATEWAY.app(), List.of("CMD", "healthcheck", gatewayManagementPort, "/actuator/health"));
		expected.put(AUTH_SERVER, List.of("CMD", "healthcheck", String.valueOf(AUTH_SERVER_PORT), "/actuator/health"));
		expected.forEach((name, test) -> {
			List<String> actual = compose.path("services", name, "healthcheck", "test").strings();
			require(actual.equals(test), name + " healthcheck is " + actual + ", expected " + test, problems);
		});
		return problems;
	}

	/**
	 * The gateway starts after every service (and the issuer) is healthy; the services after PostgreSQL; and every
	 * {@code service_healthy} condition names a service with a healthcheck.
	 */
	static List<String> dependencies(Tree compose) {
		List<String> problems = new ArrayList<>();
		Tree gatewayDependencies = compose.path("services", Workload.GATEWAY.app(), "depends_on");
		List<String> needed = new ArrayList<>(Workload.services().stream().map(Workload::app).toList());
		needed.add(AUTH_SERVER);
		for (String dependency : needed) {
			require(gatewayDependencies.path(dependency, "condition").string().equals("service_healthy"),
					"gateway does not wait for " + dependency + " to be healthy", problems);
		}
		for (Workload service : Workload.services()) {
			require(compose.path("services", service.app(), "depends_on", "postgres", "condition").string()
				.equals("service_healthy"), service.app() + " does not wait for PostgreSQL", problems);
		}
		compose.get("services").entries().forEach((name, service) -> service.get("depends_on").entries()
			.forEach((dependency, condition) -> {
				if (condition.string("condition").equals("service_healthy")) {
					require(!compose.path("services", dependency, "healthcheck").isMissing(), name + " waits for "
							+ dependency + " to be healthy, which has no healthcheck", problems);
				}
			}));
		return problems;
	}

	/**
	 * The gateway's rate limits hold across its instances: more than one instance ({@code deploy.replicas} or
	 * {@code scale}) needs the shared {@code REDIS} store, and that store must be a compose service with a
	 * healthcheck, which the gateway waits for.
	 */
	static List<String> rateLimitStore(Tree compose) {
		List<String> problems = new ArrayList<>();
		Tree gateway = compose.path("services", Workload.GATEWAY.app());
		Map<String, String> environment = environment(gateway);
		String store = environment.getOrDefault(EnvironmentNames.RATE_LIMIT_STORE, "MEMORY");
		int replicas = Integer.parseInt(gateway.path("deploy", "replicas").text()
			.orElse(gateway.get("scale").text().orElse("1")));
		if (!store.equals(EnvironmentNames.SHARED_RATE_LIMIT_STORE)) {
			require(replicas <= 1, "gateway runs " + replicas + " instances with the " + store
					+ " rate limit store, so each counts only its own requests", problems);
			return problems;
		}
		String host = environment.getOrDefault(EnvironmentNames.REDIS_HOST, "");
		Tree redis = compose.path("services", host);
		if (host.isEmpty() || redis.isMissing()) {
			problems.add("gateway keeps its rate limits in Redis at '" + host + "', which is no compose service");
			return problems;
		}
		require(gateway.path("depends_on", host, "condition").string().equals("service_healthy"),
				"gateway does not wait for " + host + " to be healthy", problems);
		require(!redis.get("healthcheck").isMissing(), host + " has no healthcheck", problems);
		return problems;
	}

	/** Only the gateway (on 8080) and Prometheus and Grafana (on the loopback address) reach the host. */
	static List<String> ports(Tree compose) {
		List<String> problems = new ArrayList<>();
		compose.get("services").entries().forEach((name, service) -> {
			List<Tree> ports = service.get("ports").items();
			if (!PUBLISHED.contains(name)) {
				require(ports.isEmpty(), name + " publishes " + ports.stream().map(Tree::value).toList()
						+ " to the host", problems);
				return;
			}
			for (Tree port : ports) {
				PublishedPort published = PublishedPort.parse(port);
				if (name.equals(Workload.GATEWAY.app())) {
					require(published.container().equals(String.valueOf(Workload.GATEWAY.port())), "gateway publishes "
							+ "container port " + published.container() + ", not its API port 8080", problems);
				}
				else {
					require(published.hostAddress().equals("127.0.0.1"), name + " is published on every interface, "
							+ "not only 127.0.0.1", problems);
				}
			}
		});
		require(!compose.path("services", Workload.GATEWAY.app(), "ports").items().isEmpty(), "gateway is not published",
				problems);
		return problems;
	}

	/**
	 * Each app gets exactly its documented variables; the services read their own database as their own role with
	 * the password the init script gave it; the gateway reaches the services at their DESIGN.md ports; everyone
	 * trusts the one issuer.
	 */
	static List<String> appEnvironment(Tree compose) {
		List<String> problems = new ArrayList<>();
		Map<String, String> postgres = environment(compose.path("services", "postgres"));
		Map<String, String> authServer = environment(compose.path("services", AUTH_SERVER));
		String issuer = authServer.getOrDefault(EnvironmentNames.AUTH_ISSUER, "");
		require(!issuer.isEmpty(), "auth-server has no " + EnvironmentNames.AUTH_ISSUER, problems);
		authServer.keySet().stream().filter((name) -> !EnvironmentNames.AUTH_SERVER.contains(name))
			.forEach((name) -> problems.add("auth-server sets undocumented variable " + name));
		for (Workload workload : Workload.values()) {
			Map<String, String> environment = environment(compose.path("services", workload.app()));
			Set<String> required = EnvironmentNames.required(workload);
			environment.keySet().stream().filter((name) -> !required.contains(name))
				.forEach((name) -> problems.add(workload.app() + " sets undocumented variable " + name));
			required.stream().filter((name) -> !environment.containsKey(name))
				.forEach((name) -> problems.add(workload.app() + " lacks " + name));
			require(environment.getOrDefault(EnvironmentNames.ISSUER_URI, "").equals(issuer), workload.app()
					+ " trusts another issuer than auth-server's " + issuer, problems);
			require(environment.getOrDefault(EnvironmentNames.JWK_SET_URI, "")
				.equals("http://" + AUTH_SERVER + ":" + AUTH_SERVER_PORT + "/oauth2/jwks"), workload.app()
						+ " does not fetch keys from auth-server", problems);
			require(environment.getOrDefault(EnvironmentNames.LATENCY_HISTOGRAMS, "").equals("true"), workload.app()
					+ " does not publish latency histograms", problems);
			if (workload.isService()) {
				checkDatabase(workload, environment, postgres, problems);
				require(environment.getOrDefault(EnvironmentNames.KAFKA_BOOTSTRAP_SERVERS, "").equals("kafka:9092"),
						workload.app() + " does not use the kafka service", problems);
			}
			else {
				for (Workload service : Workload.services()) {
					String variable = "SCIBUREAU_GATEWAY_SERVICES_" + service.gatewayKey() + "_URI";
					String uri = "http://" + service.app() + ":" + service.port();
					require(environment.getOrDefault(variable, "").equals(uri), "gateway " + variable + " is not "
							+ uri, problems);
				}
				require(environment.getOrDefault(EnvironmentNames.MANAGEMENT_EXPOSURE, "").contains("prometheus"),
						"gateway does not expose its Prometheus endpoint", problems);
			}
		}
		return problems;
	}

	private static void checkDatabase(Workload service, Map<String, String> environment, Map<String, String> postgres,
			List<String> problems) {
		String database = service.database().orElseThrow();
		String app = service.app();
		require(environment.getOrDefault(EnvironmentNames.R2DBC_URL, "")
			.equals("r2dbc:postgresql://postgres:5432/" + database), app + " R2DBC URL is not its database", problems);
		require(environment.getOrDefault(EnvironmentNames.FLYWAY_URL, "")
			.equals("jdbc:postgresql://postgres:5432/" + database), app + " Flyway URL is not its database", problems);
		require(environment.getOrDefault(EnvironmentNames.R2DBC_USERNAME, "").equals(database)
				&& environment.getOrDefault(EnvironmentNames.FLYWAY_USER, "").equals(database), app
						+ " does not log in as role " + database, problems);
		String variable = database.toUpperCase(Locale.ROOT) + "_DB_PASSWORD";
		for (String password : List.of(EnvironmentNames.R2DBC_PASSWORD, EnvironmentNames.FLYWAY_PASSWORD)) {
			require(variable(environment.getOrDefault(password, "")).equals(Optional.of(variable)), app + " "
					+ password + " is not ${" + variable + ":?}", problems);
		}
		require(variable(postgres.getOrDefault(variable, "")).equals(Optional.of(variable)), "postgres does not pass "
				+ variable + " to its init script", problems);
	}

	/** No variable whose name says password or secret has a literal value: only ${VAR:?} interpolations. */
	static List<String> secrets(Tree compose) {
		List<String> problems = new ArrayList<>();
		compose.get("services").entries().forEach((name, service) -> {
			environment(service).forEach((variable, value) -> {
				if (EnvironmentNames.SECRET.matcher(variable).matches() && !SECRET_VALUE.matcher(value).matches()) {
					problems.add(name + " " + variable + " is not a required ${VAR:?} interpolation");
				}
			});
			for (String field : List.of("command", "entrypoint")) {
				List<String> arguments = service.get(field).strings();
				for (int i = 0; i + 1 < arguments.size(); i++) {
					if (List.of("--user", "-u", "--password").contains(arguments.get(i))
							&& !arguments.get(i + 1).contains("${")) {
						problems.add(name + " passes a literal credential: " + arguments.get(i + 1));
					}
				}
			}
		});
		return problems;
	}

	/** The variables compose interpolates from the environment or .env into the file's values. */
	static Set<String> variables(Tree compose) {
		Set<String> variables = new LinkedHashSet<>();
		if (compose.isMap()) {
			compose.entries().values().forEach((child) -> variables.addAll(variables(child)));
		}
		else if (compose.isList()) {
			compose.items().forEach((child) -> variables.addAll(variables(child)));
		}
		else {
			Matcher matcher = VARIABLE.matcher(compose.string());
			while (matcher.find()) {
				variables.add(matcher.group(1));
			}
		}
		return variables;
	}

	/** A service's environment as name to value, from the map or the list form. */
	static Map<String, String> environment(Tree service) {
		Map<String, String> environment = new LinkedHashMap<>();
		Tree node = service.get("environment");
		if (node.isList()) {
			for (String entry : node.strings()) {
				int equals = entry.indexOf('=');
				environment.put((equals < 0) ? entry : entry.substring(0, equals),
						(equals < 0) ? "" : entry.substring(equals + 1));
			}
		}
		else {
			node.entries().forEach((name, value) -> environment.put(name, value.string()));
		}
		return environment;
	}

	private static Optional<String> variable(String value) {
		Matcher matcher = VARIABLE.matcher(value);
		return (matcher.matches() && value.contains(":?")) ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static void require(boolean condition, String problem, List<String> problems) {
		if (!condition) {
			problems.add(problem);
		}
	}

	/**
	 * A published port in compose's short ({@code [ip:]host:container[/protocol]}) or long syntax.
	 *
	 * @param hostAddress the host address it binds, {@code ""} for every interface
	 * @param host the host port
	 * @param container the container port
	 */
	record PublishedPort(String hostAddress, String host, String container) {

		static PublishedPort parse(Tree port) {
			if (port.isMap()) {
				return new PublishedPort(port.string("host_ip"), port.string("published"), port.string("target"));
			}
			String text = port.string().replaceAll("/(tcp|udp)$", "");
			String[] parts = text.split(":");
			return switch (parts.length) {
				case 1 -> new PublishedPort("", "", parts[0]);
				case 2 -> new PublishedPort("", parts[0], parts[1]);
				default -> new PublishedPort(parts[0], parts[1], parts[2]);
			};
		}

	}

}
