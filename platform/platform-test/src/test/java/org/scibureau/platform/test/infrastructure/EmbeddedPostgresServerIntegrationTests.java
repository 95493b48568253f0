package org.scibureau.platform.test.infrastructure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedPostgresServerIntegrationTests {

	@Test
	void keepsDataAndRolesAcrossARestartOnAPersistentDataDirectory(@TempDir Path directory) throws SQLException {
		Path dataDirectory = directory.resolve("postgres");
		EmbeddedPostgresServer first = persistentServer(dataDirectory, 0);
		int port = first.port();
		Database before = first.database("launcher");
		execute(before, "create table kept (id int primary key)", "insert into kept values (42)");
		first.stop();
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(before).close());

		EmbeddedPostgresServer second = persistentServer(dataDirectory, port);
		try {
			Database after = second.database("launcher");

			assertThat(after.port()).isEqualTo(port);
			try (Connection connection = connect(after); Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select id from kept")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getInt(1)).isEqualTo(42);
			}
		}
		finally {
			second.stop();
		}
	}

	private static EmbeddedPostgresServer persistentServer(Path dataDirectory, int port) {
		return EmbeddedPostgresServer.builder()
			.dataDirectory(dataDirectory)
			.cleanDataDirectory(false)
			.port(port)
			.logFile(dataDirectory.resolveSibling("postgres.log"))
			.start();
	}

	private static void execute(Database database, String... statements) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static Connection connect(Database database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

}
