package org.scibureau.platform.migration;

import org.flywaydb.core.Flyway;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the platform's tables (schema {@value #SCHEMA}, own history table) before the service's own
 * migrations, with the same connection settings.
 * <p>
 * Keeping them in their own schema and history means platform-starter can add migrations at any time without
 * clashing with the version numbers of any service.
 */
public final class PlatformMigrationStrategy implements FlywayMigrationStrategy {

	/** The schema of the platform's tables. */
	public static final String SCHEMA = "platform";

	static final String LOCATION = "classpath:db/migration/platform";

	@Override
	public void migrate(Flyway flyway) {
		Flyway.configure(flyway.getConfiguration().getClassLoader())
			.configuration(flyway.getConfiguration())
			.schemas(SCHEMA)
			.defaultSchema(SCHEMA)
			.table("flyway_schema_history")
			.locations(LOCATION)
			.baselineOnMigrate(false)
			.load()
			.migrate();
		flyway.migrate();
	}

}
