package org.scibureau.platform.test.infrastructure;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Creates databases, each owned by a login role of the same name, through a superuser connection, and remembers them
 * so that asking twice returns the same credentials.
 */
final class DatabaseProvisioner {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String host;

	private final int port;

	private final String superuserJdbcUrl;

	private final Properties superuserCredentials;

	private final Map<String, Database> databases = new ConcurrentHashMap<>();

	DatabaseProvisioner(String host, int port, String superuserJdbcUrl, String superuser, String superuserPassword) {
		this.host = host;
		this.port = port;
		this.superuserJdbcUrl = superuserJdbcUrl;
		this.superuserCredentials = new Properties();
		this.superuserCredentials.setProperty("user", superuser);
		this.superuserCredentials.setProperty("password", superuserPassword);
	}

	Database database(String name) {
		// Checked before it is quoted into DDL, which cannot take bind parameters.
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a lower-case SQL identifier: '" + name + "'");
		}
		return databases.computeIfAbsent(name, this::provision);
	}

	private Database provision(String name) {
		String password = HexFormat.of().formatHex(randomBytes());
		try (Connection connection = DriverManager.getConnection(superuserJdbcUrl, superuserCredentials);
				Statement statement = connection.createStatement()) {
			// The role may survive from an earlier run on a persistent data directory: reset its password either way.
			String roleVerb = exists(connection, "select 1 from pg_roles where rolname = ?", name) ? "alter" : "create";
			String identifier = '"' + name + '"';
			statement.execute(roleVerb + " role " + identifier + " login password '" + password + "'");
			if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
				statement.execute("create database " + identifier + " owner " + identifier);
				statement.execute("revoke connect, temporary on database " + identifier + " from public");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database '" + name + "' at " + superuserJdbcUrl, ex);
		}
		return new Database(host, port, name, name, password);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static boolean exists(Connection connection, String query, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

}
