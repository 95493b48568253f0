package org.scibureau.platform.autoconfigure;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.idempotency.IdempotencyConfiguration;
import org.scibureau.platform.migration.PlatformMigrationStrategy;
import org.scibureau.platform.outbox.Outbox;

/**
 * The platform's tables (migrated before the service's), the outbox writer, transactions and idempotency keys.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class,
		after = { R2dbcAutoConfiguration.class, R2dbcTransactionManagerAutoConfiguration.class })
@ConditionalOnClass(DatabaseClient.class)
@ConditionalOnBean(DatabaseClient.class)
public final class PlatformDataAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FlywayMigrationStrategy platformMigrationStrategy() {
		return new PlatformMigrationStrategy();
	}

	/** The clock every service reads "now" from, so tests can fix it. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
		return TransactionalOperator.create(transactionManager);
	}

	@Bean
	Outbox outbox(DatabaseClient database, JsonMapper jsonMapper) {
		return new Outbox(database, jsonMapper);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@Import(IdempotencyConfiguration.class)
	static class Idempotency {

	}

}
