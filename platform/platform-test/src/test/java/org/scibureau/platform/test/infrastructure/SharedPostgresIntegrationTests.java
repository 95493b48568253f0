package org.scibureau.platform.test.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SharedPostgresIntegrationTests {

	@Test
	void returnsTheSameDatabaseWhenAskedTwice() {
		Database first = TestInfrastructure.database("idempotent");

		Database second = TestInfrastructure.postgres().database("idempotent");

		assertThat(second).isEqualTo(first);
		assertThat(first.username()).isEqualTo("idempotent");
		assertThat(first.password()).hasSizeGreaterThanOrEqualTo(32);
		String hostAndPort = first.host() + ":" + first.port();
		assertThat(first.jdbcUrl()).isEqualTo("jdbc:postgresql://" + hostAndPort + "/idempotent");
		assertThat(first.r2dbcUrl()).isEqualTo("r2dbc:postgresql://" + hostAndPort + "/idempotent");
	}

	@Test
	void letsTheOwningRoleCreateTablesInItsDatabase() throws SQLException {
		Database database = TestInfrastructure.database("owner_writes");

		try (Connection connection = connect(database, database.name());
				Statement statement = connection.createStatement()) {
			statement.execute("create table note (id int primary key, text varchar(20))");
			statement.execute("insert into note values (1, 'hello')");
			try (ResultSet result = statement.executeQuery("select text, current_user from note")) {

				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).isEqualTo("hello");
				assertThat(result.getString(2)).isEqualTo("owner_writes");
			}
		}
	}

	@Test
	void keepsOtherRolesOutOfADatabase() {
		Database intruder = TestInfrastructure.database("intruder");
		Database victim = TestInfrastructure.database("victim");

		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(intruder, victim.name()).close())
			.withMessageContaining("permission denied for database");
	}

	@Test
	void rejectsANameThatIsNotALowerCaseIdentifier() {
		assertThatIllegalArgumentException().isThrownBy(() -> TestInfrastructure.database("plan; drop role postgres"));
		assertThatIllegalArgumentException().isThrownBy(() -> TestInfrastructure.database("Plan"));
	}

	private static Connection connect(Database credentials, String databaseName) throws SQLException {
		String url = "jdbc:postgresql://" + credentials.host() + ":" + credentials.port() + "/" + databaseName;
		return DriverManager.getConnection(url, credentials.username(), credentials.password());
	}

}
