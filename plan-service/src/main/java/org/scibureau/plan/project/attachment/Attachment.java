package org.scibureau.plan.project.attachment;

import java.time.Instant;
import java.util.UUID;

/**
 * A document attached to an application. What it is comes from its content, never from the name or media type the
 * client declared; the name is only shown.
 *
 * @param id the attachment, also the key of its content in the {@link DocumentStore}
 * @param projectId the project it belongs to
 * @param kind what it is to the application
 * @param fileName the uploaded file's name, cleaned up for display
 * @param type the type its content was recognised as
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its content, in lower-case hex
 * @param uploadedAt when it was attached
 * @param uploadedBy who attached it
 */
record Attachment(UUID id, UUID projectId, AttachmentKind kind, String fileName, DocumentType type, long size,
		String sha256, Instant uploadedAt, String uploadedBy) {

	/** The name to save the document under: the displayed name with the extension of its recognised type. */
	String downloadName() {
		return FileNames.forDownload(this.fileName, this.type);
	}

}
