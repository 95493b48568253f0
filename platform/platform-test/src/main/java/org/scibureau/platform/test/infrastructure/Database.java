package org.scibureau.platform.test.infrastructure;

/**
 * A PostgreSQL database and the login role that owns it.
 *
 * @param host the host name or address the server listens on
 * @param port the server's port
 * @param name the database name
 * @param username the owning login role
 * @param password the owning role's password
 */
public record Database(String host, int port, String name, String username, String password) {

	/**
	 * The JDBC URL of this database, as Flyway uses it.
	 * @return a {@code jdbc:postgresql://} URL
	 */
	public String jdbcUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + name;
	}

	/**
	 * The R2DBC URL of this database, without credentials.
	 * @return an {@code r2dbc:postgresql://} URL
	 */
	public String r2dbcUrl() {
		return "r2dbc:postgresql://" + host + ":" + port + "/" + name;
	}

	@Override
	public String toString() {
		return "Database[" + jdbcUrl() + ", username=" + username + "]";
	}

}
