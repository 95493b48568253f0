package org.scibureau.platform.test.infrastructure;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL 17 in a Testcontainers-managed container.
 */
final class ContainerPostgresServer implements PostgresServer {

	static final String IMAGE = "postgres:17";

	private final PostgreSQLContainer container;

	private final DatabaseProvisioner provisioner;

	private ContainerPostgresServer(PostgreSQLContainer container) {
		this.container = container;
		this.provisioner = new DatabaseProvisioner(container.getHost(), container.getMappedPort(5432),
				container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	static ContainerPostgresServer start() {
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE).withCommand("postgres", "-c", "fsync=off",
				"-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300");
		container.start();
		return new ContainerPostgresServer(container);
	}

	@Override
	public Database database(String name) {
		return provisioner.database(name);
	}

	@Override
	public String host() {
		return container.getHost();
	}

	@Override
	public int port() {
		return container.getMappedPort(5432);
	}

	void stop() {
		container.stop();
	}

	@Override
	public String toString() {
		return "ContainerPostgresServer[" + IMAGE + " at " + host() + ":" + port() + "]";
	}

}
