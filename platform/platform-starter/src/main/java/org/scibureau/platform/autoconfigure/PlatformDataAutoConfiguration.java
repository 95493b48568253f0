package org.scibureau.platform.autoconfigure;

import java.time.Clock;

import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.audit.AuditRecords;
import org.scibureau.platform.audit.AuditingTransactionalOperator;
import org.scibureau.platform.idempotency.IdempotencyConfiguration;
import org.scibureau.platform.migration.PlatformMigrationStrategy;
import org.scibureau.platform.outbox.Outbox;
import org.scibureau.platform.rules.RuleBook;
import org.scibureau.platform.rules.RuleDefinition;

/**
 * The platform's tables (migrated before the service's), the outbox writer, transactions that keep the audit trail,
 * idempotency keys and the rule book.
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
	AuditRecords auditRecords(DatabaseClient database) {
		return new AuditRecords(database);
	}

	/** Transactions that write the audit record of the state-changing request running them (ADR 0018). */
	@Bean
	@ConditionalOnMissingBean
	TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager, AuditRecords auditRecords,
			Clock clock) {
		return new AuditingTransactionalOperator(TransactionalOperator.create(transactionManager), auditRecords, clock);
	}

	@Bean
	Outbox outbox(DatabaseClient database, JsonMapper jsonMapper) {
		return new Outbox(database, jsonMapper);
	}

	/** The service's rules, from the {@link RuleDefinition} beans it declares. */
	@Bean
	RuleBook ruleBook(DatabaseClient database, JsonMapper jsonMapper, Clock clock,
			ObjectProvider<RuleDefinition<?>> definitions) {
		return new RuleBook(database, jsonMapper, clock, definitions.orderedStream().toList());
	}

	/**
	 * Stores each rule's shipped default as its first version once the schema is migrated. Until it has, the rule
	 * book answers the shipped default itself, so nothing waits for it; a failure is retried at the next start.
	 */
	@Bean
	ApplicationListener<ApplicationStartedEvent> ruleBaselines(RuleBook ruleBook) {
		return (event) -> ruleBook.recordBaselines()
			.subscribe(null, (failure) -> LoggerFactory.getLogger(RuleBook.class)
				.warn("Could not store the rules' shipped defaults; they apply all the same", failure));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@Import(IdempotencyConfiguration.class)
	static class Idempotency {

	}

}
