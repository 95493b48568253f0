package org.scibureau.local.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The components of the local platform with their fixed ports, in start order.
 */
public final class Components {

	static final String POSTGRES = "postgres";

	static final String KAFKA = "kafka";

	static final int POSTGRES_PORT = 15432;

	static final int KAFKA_PORT = 19092;

	static final int KAFKA_CONTROLLER_PORT = 19093;

	static final String READINESS = "/actuator/health/readiness";

	static final String HEALTH = "/actuator/health";

	static final Service AUTH_SERVER = new Service("auth-server", "local/auth-server", 9000, null, HEALTH);

	/** The business services, started together once the infrastructure and the authorization server are up. */
	static final List<Service> SERVICES = List.of(new Service("plan", "plan-service", 8081, "plan", READINESS),
			new Service("funding", "funding-service", 8082, "funding", READINESS),
			new Service("talent", "talent-service", 8083, "talent", READINESS),
			new Service("ip", "ip-service", 8084, "ip", READINESS),
			new Service("awards", "awards-service", 8085, "awards", READINESS));

	/** Started last: its health is the platform's. */
	static final Service GATEWAY = new Service("gateway", "gateway", 8080, null, HEALTH);

	private Components() {
	}

	/**
	 * The applications the launcher runs from jars, in start order.
	 * @return the authorization server, the services, the gateway
	 */
	static List<Service> applications() {
		List<Service> applications = new ArrayList<>();
		applications.add(AUTH_SERVER);
		applications.addAll(SERVICES);
		applications.add(GATEWAY);
		return applications;
	}

	/**
	 * Every port the platform listens on, with the component that listens there.
	 * @return ports in start order
	 */
	public static Map<Integer, String> ports() {
		Map<Integer, String> ports = new LinkedHashMap<>();
		ports.put(POSTGRES_PORT, POSTGRES);
		ports.put(KAFKA_PORT, KAFKA);
		ports.put(KAFKA_CONTROLLER_PORT, KAFKA + " (controller)");
		applications().forEach((service) -> ports.put(service.port(), service.name()));
		return ports;
	}

	/**
	 * The names of every component in reverse start order: the order to stop them in.
	 * @return gateway first, PostgreSQL last
	 */
	static List<String> stopOrder() {
		List<String> names = new ArrayList<>(applications().stream().map(Service::name).toList());
		names.addFirst(POSTGRES);
		names.add(1, KAFKA);
		return names.reversed();
	}

}
