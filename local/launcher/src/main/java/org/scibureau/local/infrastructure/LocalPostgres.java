package org.scibureau.local.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.EmbeddedPostgresServer;

/**
 * The local platform's PostgreSQL server: zonky's embedded binaries on a fixed port with a persistent data
 * directory, one database and one login role per service.
 * <p>
 * The embedded server trusts every local connection; this class makes the service roles log in with their
 * passwords (SCRAM), so a service configured with the wrong credentials fails here as it would in production. Only
 * the {@code postgres} superuser, which the launcher uses to create the databases and roles, stays trusted on the
 * loopback interface. Each start gives every role a new random password; the current ones are kept in a file
 * readable by its owner only, for connecting with {@code psql}.
 */
public final class LocalPostgres {

	/** The services' databases, each owned by a role of the same name. */
	public static final List<String> DATABASES = List.of("plan", "funding", "talent", "ip", "awards");

	private static final String PG_HBA = """
			# Written by the scibureau launcher: service roles log in with their passwords; the postgres superuser,
			# which only the launcher uses (to create databases and roles), is trusted on the loopback interface.
			# TYPE  DATABASE  USER      ADDRESS       METHOD
			local   all       postgres                trust
			host    all       postgres  127.0.0.1/32  trust
			host    all       postgres  ::1/128       trust
			local   all       all                     scram-sha-256
			host    all       all       127.0.0.1/32  scram-sha-256
			host    all       all       ::1/128       scram-sha-256
			""";

	private final EmbeddedPostgresServer server;

	private final Map<String, Database> databases;

	private LocalPostgres(EmbeddedPostgresServer server, Map<String, Database> databases) {
		this.server = server;
		this.databases = databases;
	}

	/**
	 * Starts the server (initialising the data directory on first use), requires passwords of the service roles,
	 * creates the missing databases and roles, and writes their new passwords to the credentials file.
	 * @param port the port to listen on
	 * @param dataDirectory the cluster's directory, kept across starts
	 * @param logFile where PostgreSQL's output goes
	 * @param credentialsFile where the roles' passwords are written (owner-only permissions)
	 * @return the running server
	 */
	public static LocalPostgres start(int port, Path dataDirectory, Path logFile, Path credentialsFile) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.builder()
			.port(port)
			.dataDirectory(dataDirectory)
			.cleanDataDirectory(false)
			.logFile(logFile)
			.start();
		try {
			requirePasswords(dataDirectory, port);
			Map<String, Database> databases = new LinkedHashMap<>();
			DATABASES.forEach((name) -> databases.put(name, server.database(name)));
			writeCredentials(credentialsFile, databases);
			return new LocalPostgres(server, databases);
		}
		catch (RuntimeException ex) {
			server.stop();
			throw ex;
		}
	}

	/**
	 * A service's database with its role's credentials.
	 * @param name the database, one of {@link #DATABASES}
	 * @return the database
	 */
	public Database database(String name) {
		return Objects.requireNonNull(this.databases.get(name), () -> "No database " + name);
	}

	/**
	 * Stops the server (fast shutdown: sessions are rolled back, committed data is kept).
	 */
	public void stop() {
		this.server.stop();
	}

	/**
	 * The PostgreSQL server process running on a data directory, as its {@code postmaster.pid} names it, for
	 * stopping a server that a killed launcher left behind.
	 * @param dataDirectory the cluster's directory
	 * @return the running postmaster, empty if none runs there
	 */
	public static Optional<ProcessHandle> postmaster(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.isEmpty()) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).strip());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static void requirePasswords(Path dataDirectory, int port) {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		try {
			if (Files.isRegularFile(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(PG_HBA)) {
				return;
			}
			Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + hba, ex);
		}
		Properties superuser = new Properties();
		superuser.setProperty("user", "postgres");
		superuser.setProperty("password", "");
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
				superuser); Statement statement = connection.createStatement()) {
			// Takes effect for every new connection; the services have not connected yet.
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reload PostgreSQL's authentication rules", ex);
		}
	}

	private static void writeCredentials(Path file, Map<String, Database> databases) {
		Properties credentials = new Properties();
		databases.values().forEach((database) -> {
			credentials.setProperty(database.name() + ".url", database.jdbcUrl());
			credentials.setProperty(database.name() + ".username", database.username());
			credentials.setProperty(database.name() + ".password", database.password());
		});
		Path directory = Objects.requireNonNull(file.toAbsolutePath().getParent());
		try {
			Files.createDirectories(directory);
			Path temporary = ownerOnlyTempFile(directory);
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				credentials.store(writer,
						"PostgreSQL credentials of the local platform's service roles; new passwords on every start");
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the database credentials to " + file, ex);
		}
	}

	private static Path ownerOnlyTempFile(Path directory) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempFile(directory, "credentials", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return Files.createTempFile(directory, "credentials", ".tmp");
	}

}
