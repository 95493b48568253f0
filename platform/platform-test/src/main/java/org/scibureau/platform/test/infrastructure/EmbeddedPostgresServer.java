package org.scibureau.platform.test.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/**
 * A real PostgreSQL server (zonky's embedded binaries, PostgreSQL 17) running as a child process of this JVM.
 * <p>
 * With a data directory and {@code cleanDataDirectory(false)} the cluster survives restarts, which the local
 * launcher relies on; without one it lives in a temporary directory that is removed when the server stops. The server
 * stops when this JVM exits, and a small watchdog process stops it even if this JVM is killed.
 * <p>
 * zonky's cluster trusts local connections, so any password is accepted; clients should still use the credentials
 * {@link #database(String)} returns, which a containerised or production server checks.
 * <p>
 * This class has no test-framework dependency; the local launcher uses it at runtime.
 *
 * <pre>{@code
 * EmbeddedPostgresServer postgres = EmbeddedPostgresServer.builder()
 *     .port(15432).dataDirectory(Path.of("var/postgres")).cleanDataDirectory(false).start();
 * Database plan = postgres.database("plan");
 * postgres.stop();
 * }</pre>
 */
public final class EmbeddedPostgresServer implements PostgresServer, AutoCloseable {

	private static final String HOST = "127.0.0.1";

	private static final String SUPERUSER = "postgres";

	private final EmbeddedPostgres postgres;

	private final DatabaseProvisioner provisioner;

	private final PostmasterWatchdog watchdog;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean cleanDataDirectory) {
		this.postgres = postgres;
		this.provisioner = new DatabaseProvisioner(HOST, postgres.getPort(),
				"jdbc:postgresql://" + HOST + ":" + postgres.getPort() + "/postgres", SUPERUSER, "");
		Path dataDirectory = dataDirectory(postgres);
		this.watchdog = PostmasterWatchdog.watch(postmasterPid(dataDirectory),
				cleanDataDirectory ? dataDirectory : null);
	}

	private static Path dataDirectory(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show data_directory")) {
			result.next();
			return Path.of(result.getString(1));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not query PostgreSQL on port " + postgres.getPort(), ex);
		}
	}

	private static long postmasterPid(Path dataDirectory) {
		try {
			// The first line of postmaster.pid is the postmaster's process id.
			return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the postmaster's pid in " + dataDirectory, ex);
		}
	}

	/**
	 * Starts configuring a server.
	 * @return a builder with defaults: a free port and a temporary data directory
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Database database(String name) {
		return provisioner.database(name);
	}

	@Override
	public String host() {
		return HOST;
	}

	@Override
	public int port() {
		return postgres.getPort();
	}

	/**
	 * Stops the server (a fast shutdown: open sessions are rolled back, committed data is kept) and waits for it.
	 * Calling it again does nothing.
	 */
	public void stop() {
		watchdog.cancel();
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop PostgreSQL on port " + port(), ex);
		}
	}

	/** Stops the server, as {@link #stop()} does. */
	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return "EmbeddedPostgresServer[" + HOST + ":" + port() + "]";
	}

	/**
	 * Configures an {@link EmbeddedPostgresServer}.
	 */
	public static final class Builder {

		private int port;

		private @Nullable Path dataDirectory;

		private boolean cleanDataDirectory = true;

		private @Nullable Path logFile;

		private Duration startupTimeout = Duration.ofSeconds(60);

		private final Map<String, String> serverConfig = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * The port to listen on.
		 * @param port a port, or {@code 0} (the default) for a free one
		 * @return this builder
		 */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/**
		 * The cluster's data directory; an existing cluster in it is started as it is, an empty one is initialised.
		 * @param dataDirectory the directory; without one a temporary directory is used
		 * @return this builder
		 */
		public Builder dataDirectory(Path dataDirectory) {
			this.dataDirectory = dataDirectory;
			return this;
		}

		/**
		 * Whether to delete the data directory when the server stops, and start from an empty cluster.
		 * @param cleanDataDirectory defaults to {@code true}; set {@code false} to keep data across restarts
		 * @return this builder
		 */
		public Builder cleanDataDirectory(boolean cleanDataDirectory) {
			this.cleanDataDirectory = cleanDataDirectory;
			return this;
		}

		/**
		 * A file for PostgreSQL's own output instead of this JVM's logging.
		 * @param logFile the file to append to
		 * @return this builder
		 */
		public Builder logFile(Path logFile) {
			this.logFile = logFile;
			return this;
		}

		/**
		 * How long to wait for the server to accept connections.
		 * @param startupTimeout defaults to 60 seconds
		 * @return this builder
		 */
		public Builder startupTimeout(Duration startupTimeout) {
			this.startupTimeout = startupTimeout;
			return this;
		}

		/**
		 * Sets a {@code postgresql.conf} parameter.
		 * @param name the parameter, for example {@code max_connections}
		 * @param value its value
		 * @return this builder
		 */
		public Builder serverConfig(String name, String value) {
			this.serverConfig.put(name, value);
			return this;
		}

		/**
		 * Starts the server and waits until it accepts connections.
		 * @return the running server, registered to stop when this JVM exits
		 */
		public EmbeddedPostgresServer start() {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPort((port != 0) ? port : FreePort.find())
				.setCleanDataDirectory(cleanDataDirectory)
				.setPGStartupWait(startupTimeout);
			// Enough connections for a few services' pools plus Flyway on one shared server.
			builder.setServerConfig("max_connections", "300");
			serverConfig.forEach(builder::setServerConfig);
			try {
				if (dataDirectory != null) {
					Files.createDirectories(dataDirectory);
					builder.setDataDirectory(dataDirectory.toAbsolutePath());
				}
				if (logFile != null) {
					Files.createDirectories(Objects.requireNonNull(logFile.toAbsolutePath().getParent()));
					ProcessBuilder.Redirect redirect = ProcessBuilder.Redirect.appendTo(logFile.toFile());
					builder.setOutputRedirector(redirect).setErrorRedirector(redirect);
				}
				return new EmbeddedPostgresServer(builder.start(), cleanDataDirectory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
		}

	}

}
