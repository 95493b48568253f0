package org.scibureau.plan.project.attachment;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The attachments of projects in plan-service's database (their content is in the {@link DocumentStore}).
 */
@Repository
class Attachments {

	private static final String COLUMNS = """
			id, project_id, kind, file_name, document_type, size, sha256, uploaded_at, uploaded_by""";

	private final DatabaseClient database;

	Attachments(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Locks the project until the transaction ends, so that changes to its attachments run one at a time and a
	 * concurrent state change (a submission) waits for them, or they for it. Must run inside a transaction.
	 */
	Mono<Void> lockProject(UUID projectId) {
		return this.database.sql("select id from project where id = :id for update").bind("id", projectId).then();
	}

	Mono<Attachment> insert(Attachment attachment) {
		return this.database.sql("""
				insert into project_attachment (id, project_id, kind, file_name, document_type, size, sha256,
				                                uploaded_at, uploaded_by)
				values (:id, :projectId, :kind, :fileName, :type, :size, :sha256, :uploadedAt, :uploadedBy)""")
			.bind("id", attachment.id())
			.bind("projectId", attachment.projectId())
			.bind("kind", attachment.kind().name())
			.bind("fileName", attachment.fileName())
			.bind("type", attachment.type().name())
			.bind("size", attachment.size())
			.bind("sha256", attachment.sha256())
			.bind("uploadedAt", attachment.uploadedAt())
			.bind("uploadedBy", attachment.uploadedBy())
			.then()
			.thenReturn(attachment);
	}

	/** The project's attachments, in the order they were attached. */
	Flux<Attachment> findByProject(UUID projectId) {
		return this.database.sql("select " + COLUMNS
				+ " from project_attachment where project_id = :projectId order by uploaded_at, id")
			.bind("projectId", projectId)
			.map(Attachments::read)
			.all();
	}

	/** The attachment, if it belongs to the project. */
	Mono<Attachment> find(UUID projectId, UUID id) {
		return this.database
			.sql("select " + COLUMNS + " from project_attachment where id = :id and project_id = :projectId")
			.bind("id", id)
			.bind("projectId", projectId)
			.map(Attachments::read)
			.one();
	}

	Mono<Long> count(UUID projectId) {
		return this.database.sql("select count(*) as n from project_attachment where project_id = :projectId")
			.bind("projectId", projectId)
			.map((row) -> row.get("n", Long.class))
			.one();
	}

	Mono<Void> delete(Attachment attachment) {
		return this.database.sql("delete from project_attachment where id = :id").bind("id", attachment.id()).then();
	}

	private static Attachment read(Readable row) {
		return new Attachment(row.get("id", UUID.class), row.get("project_id", UUID.class),
				AttachmentKind.valueOf(row.get("kind", String.class)), row.get("file_name", String.class),
				DocumentType.valueOf(row.get("document_type", String.class)), row.get("size", Long.class),
				row.get("sha256", String.class), row.get("uploaded_at", Instant.class),
				row.get("uploaded_by", String.class));
	}

}
