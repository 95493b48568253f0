package org.scibureau.platform.audit;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * The audit trail in {@code platform.audit_record}: appended to, never changed (the table refuses updates and
 * deletes), listed newest first.
 */
public final class AuditRecords {

	private final DatabaseClient database;

	public AuditRecords(DatabaseClient database) {
		this.database = database;
	}

	/** Appends a record, in the transaction of the current pipeline if it runs in one. */
	Mono<Void> append(AuditRecord record) {
		DatabaseClient.GenericExecuteSpec insert = this.database.sql("""
				insert into platform.audit_record (id, occurred_at, actor, subject, client_id, method, path, operation,
				    status, outcome, correlation_id)
				values (:id, :occurredAt, :actor, :subject, :clientId, :method, :path, :operation, :status, :outcome,
				    :correlationId)
				""")
			.bind("id", record.id())
			.bind("occurredAt", record.occurredAt())
			.bind("method", record.method())
			.bind("path", record.path())
			.bind("outcome", record.outcome().name());
		insert = bindOrNull(insert, "actor", record.actor(), String.class);
		insert = bindOrNull(insert, "subject", record.subject(), String.class);
		insert = bindOrNull(insert, "clientId", record.clientId(), String.class);
		insert = bindOrNull(insert, "operation", record.operation(), String.class);
		insert = bindOrNull(insert, "status", record.status(), Integer.class);
		insert = bindOrNull(insert, "correlationId", record.correlationId(), String.class);
		return insert.then();
	}

	/** One page of the records the filter selects, newest first. */
	Mono<Page<AuditRecord>> page(AuditFilter filter, PageRequest page) {
		return KeysetQuery.from("""
				select id, occurred_at, actor, subject, client_id, method, path, operation, status, outcome,
				       correlation_id
				from platform.audit_record""")
			.where("occurred_at >= :from", "from", filter.from())
			.where("occurred_at < :to", "to", filter.to())
			.where("(subject = :actor or actor = :actor)", "actor", filter.actor())
			.where("outcome = :outcome", "outcome", (filter.outcome() != null) ? filter.outcome().name() : null)
			.where("method = :method", "method", filter.method())
			.page(this.database, page, "occurred_at", "id")
			.map(AuditRecords::read)
			.all()
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (row) -> Cursor.after(row.occurredAt(), row.id())));
	}

	private static AuditRecord read(Readable row) {
		return new AuditRecord(required(row.get("id", UUID.class)), required(row.get("occurred_at", Instant.class)),
				row.get("actor", String.class), row.get("subject", String.class), row.get("client_id", String.class),
				required(row.get("method", String.class)), required(row.get("path", String.class)),
				row.get("operation", String.class), row.get("status", Integer.class),
				AuditOutcome.valueOf(required(row.get("outcome", String.class))),
				row.get("correlation_id", String.class));
	}

	private static DatabaseClient.GenericExecuteSpec bindOrNull(DatabaseClient.GenericExecuteSpec spec, String name,
			@Nullable Object value, Class<?> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("A not-null column of platform.audit_record was null");
		}
		return value;
	}

}
