package org.scibureau.plan.project.attachment;

import java.util.UUID;

import org.springframework.core.io.buffer.DataBuffer;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the content of attached documents lives, keyed by the attachment's id. Chosen by
 * {@code scibureau.plan.attachments.store}; {@code database}, the default, keeps it in plan-service's database.
 * <p>
 * The attachment rows are the truth about which documents exist. {@link AttachmentService} puts a document before
 * it writes its row, in the same transaction, and tells the store to delete one only after the row's deletion has
 * committed. A store that cannot take part in the database transaction (S3, MinIO) must therefore accept contents
 * that no row ever refers to, when a transaction fails after the put, and clean them up later (ADR 0013).
 */
interface DocumentStore {

	/**
	 * Stores {@code content} under {@code id}.
	 * @return what was stored, for the attachment to record
	 */
	Mono<StoredDocument> put(UUID id, byte[] content);

	/**
	 * The content stored under {@code id}, as stored.
	 * @throws IllegalStateException (as the error signal) if nothing is stored under {@code id}
	 */
	Flux<DataBuffer> open(UUID id);

	/** Forgets the content under {@code id}, if there is any. */
	Mono<Void> delete(UUID id);

	/**
	 * What a store holds of a document.
	 *
	 * @param size its length in bytes
	 * @param sha256 the SHA-256 of its content, in lower-case hex
	 */
	record StoredDocument(long size, String sha256) {
	}

}
