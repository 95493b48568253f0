package org.scibureau.platform.test.infrastructure;

/**
 * A running PostgreSQL server that hands out one database per logical owner.
 */
public interface PostgresServer {

	/**
	 * Returns the database of this name, creating it and a login role of the same name that owns it on first use.
	 * Repeated calls with the same name return the same database and credentials.
	 * @param name a lower-case SQL identifier ({@code [a-z][a-z0-9_]*}, at most 63 characters)
	 * @return the database with its owner's credentials
	 */
	Database database(String name);

	/**
	 * The host name or address clients connect to.
	 * @return the host
	 */
	String host();

	/**
	 * The port clients connect to.
	 * @return the port
	 */
	int port();

}
