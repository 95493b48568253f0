package org.scibureau.deployment;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The environment variables the deployments may give each app: the only way they are configured. Each name binds to
 * a documented property (EnvironmentNamesTests proves it against Spring Boot's configuration metadata and the apps'
 * own application.yml and README).
 */
final class EnvironmentNames {

	static final String R2DBC_URL = "SPRING_R2DBC_URL";

	static final String R2DBC_USERNAME = "SPRING_R2DBC_USERNAME";

	static final String R2DBC_PASSWORD = "SPRING_R2DBC_PASSWORD";

	static final String FLYWAY_URL = "SPRING_FLYWAY_URL";

	static final String FLYWAY_USER = "SPRING_FLYWAY_USER";

	static final String FLYWAY_PASSWORD = "SPRING_FLYWAY_PASSWORD";

	static final String KAFKA_BOOTSTRAP_SERVERS = "SPRING_KAFKA_BOOTSTRAP_SERVERS";

	static final String ISSUER_URI = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";

	static final String JWK_SET_URI = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI";

	/** Turns on the latency histograms ({@code http_server_requests_seconds_bucket}) the p99 alert and panels use. */
	static final String LATENCY_HISTOGRAMS = "MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILESHISTOGRAM_HTTP_SERVER_REQUESTS";

	static final String MANAGEMENT_SERVER_PORT = "MANAGEMENT_SERVER_PORT";

	static final String MANAGEMENT_EXPOSURE = "MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE";

	/** Where the gateway keeps its rate limit buckets ({@code scibureau.gateway.rate-limit.store}). */
	static final String RATE_LIMIT_STORE = "SCIBUREAU_GATEWAY_RATELIMIT_STORE";

	/** The store every gateway replica shares; the in-memory one counts per replica. */
	static final String SHARED_RATE_LIMIT_STORE = "REDIS";

	/** The Redis server of the shared store; its port is Spring Boot's default, 6379. */
	static final String REDIS_HOST = "SPRING_DATA_REDIS_HOST";

	static final int REDIS_PORT = 6379;

	/** The local authorization server's issuer ({@code scibureau.auth.token.issuer}). */
	static final String AUTH_ISSUER = "SCIBUREAU_ISSUER_URI";

	/** What the local authorization server (local/auth-server) reads, per its application.yml and README. */
	static final Set<String> AUTH_SERVER = Set.of(AUTH_ISSUER, "SCIBUREAU_AUTH_TOKEN_KEY_FILE", "SCIBUREAU_CLI_SECRET",
			"SCIBUREAU_SEEDER_SECRET", "SCIBUREAU_BENCH_SECRET", "SCIBUREAU_FINANCE_BUREAU_SECRET",
			"SCIBUREAU_DISTRICT_JINJIANG_SECRET", "SCIBUREAU_PARTNER_AGENCY_SECRET", "SCIBUREAU_AUDIT_OFFICE_SECRET",
			"SCIBUREAU_DEMO_PASSWORD", "SCIBUREAU_DASHBOARD_REDIRECT_URIS");

	/** A name whose value is a secret: never a literal in the repository. */
	static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET).*");

	private EnvironmentNames() {
	}

	/** Every name a workload must be given (and, for the gateway and the services, the only ones it may be). */
	static Set<String> required(Workload workload) {
		Set<String> names = new LinkedHashSet<>();
		if (workload.isService()) {
			names.addAll(Set.of(R2DBC_URL, R2DBC_USERNAME, R2DBC_PASSWORD, FLYWAY_URL, FLYWAY_USER, FLYWAY_PASSWORD,
					KAFKA_BOOTSTRAP_SERVERS));
		}
		else {
			Workload.services()
				.forEach((service) -> names.add("SCIBUREAU_GATEWAY_SERVICES_" + service.gatewayKey() + "_URI"));
			names.add(MANAGEMENT_SERVER_PORT);
			names.add(MANAGEMENT_EXPOSURE);
			names.add(RATE_LIMIT_STORE);
			names.add(REDIS_HOST);
		}
		names.addAll(Set.of(ISSUER_URI, JWK_SET_URI, LATENCY_HISTOGRAMS));
		return names;
	}

	/** Every name used anywhere for the apps this repository builds. */
	static Set<String> all() {
		Set<String> names = new LinkedHashSet<>(AUTH_SERVER);
		for (Workload workload : Workload.values()) {
			names.addAll(required(workload));
		}
		return names;
	}

}
