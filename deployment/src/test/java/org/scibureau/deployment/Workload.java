package org.scibureau.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The apps this repository builds and deploys, with the ports and databases DESIGN.md gives them ("Local platform"
 * default ports; "Data": one database per service).
 */
enum Workload {

	PLAN_SERVICE("plan-service", 8081, "plan"),

	FUNDING_SERVICE("funding-service", 8082, "funding"),

	TALENT_SERVICE("talent-service", 8083, "talent"),

	IP_SERVICE("ip-service", 8084, "ip"),

	AWARDS_SERVICE("awards-service", 8085, "awards"),

	GATEWAY("gateway", 8080, null);

	private final String app;

	private final int port;

	private final @Nullable String database;

	Workload(String app, int port, @Nullable String database) {
		this.app = app;
		this.port = port;
		this.database = database;
	}

	/** The app's name: its module directory, Kubernetes name, compose service and {@code spring.application.name}. */
	String app() {
		return this.app;
	}

	/** The HTTP port DESIGN.md assigns. */
	int port() {
		return this.port;
	}

	/** The service's database (and role) name; empty for the gateway. */
	Optional<String> database() {
		return Optional.ofNullable(this.database);
	}

	boolean isService() {
		return this.database != null;
	}

	/** The gateway's name for the service in {@code SCIBUREAU_GATEWAY_SERVICES_<NAME>_URI}. */
	String gatewayKey() {
		return database().orElseThrow().toUpperCase(Locale.ROOT);
	}

	static List<Workload> services() {
		return Arrays.stream(values()).filter(Workload::isService).toList();
	}

}
