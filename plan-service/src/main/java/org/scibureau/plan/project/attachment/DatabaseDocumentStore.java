package org.scibureau.plan.project.attachment;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The default {@link DocumentStore}: one {@code bytea} row per document in plan-service's database, written and
 * deleted in the caller's transaction, so a document and its attachment row commit or roll back together.
 * <p>
 * A document is held in memory whole while it is written and read, which the attachment size limit bounds.
 */
@Component
@ConditionalOnProperty(name = "scibureau.plan.attachments.store", havingValue = "database", matchIfMissing = true)
class DatabaseDocumentStore implements DocumentStore {

	private final DatabaseClient database;

	DatabaseDocumentStore(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<StoredDocument> put(UUID id, byte[] content) {
		StoredDocument stored = new StoredDocument(content.length, sha256(content));
		return this.database.sql("insert into project_attachment_content (id, content) values (:id, :content)")
			.bind("id", id)
			.bind("content", ByteBuffer.wrap(content))
			.then()
			.thenReturn(stored);
	}

	@Override
	public Flux<DataBuffer> open(UUID id) {
		return this.database.sql("select content from project_attachment_content where id = :id")
			.bind("id", id)
			.map((row) -> row.get("content", ByteBuffer.class))
			.one()
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("No content is stored for attachment " + id)))
			.map((content) -> (DataBuffer) DefaultDataBufferFactory.sharedInstance.wrap(content))
			.flux();
	}

	@Override
	public Mono<Void> delete(UUID id) {
		return this.database.sql("delete from project_attachment_content where id = :id").bind("id", id).then();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
