package org.scibureau.plan.project.attachment;

import java.time.Instant;
import java.util.UUID;

/**
 * An attached document as the API shows it.
 *
 * @param id the attachment
 * @param kind what it is to the application
 * @param fileName the uploaded file's name, cleaned up, for display only
 * @param mediaType the media type recognised from its content, which it is served with
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its content, in lower-case hex; also its {@code ETag}
 * @param uploadedAt when it was attached
 * @param uploadedBy who attached it
 */
record AttachmentView(UUID id, AttachmentKind kind, String fileName, String mediaType, long size, String sha256,
		Instant uploadedAt, String uploadedBy) {

	static AttachmentView of(Attachment attachment) {
		return new AttachmentView(attachment.id(), attachment.kind(), attachment.fileName(),
				attachment.type().mediaType(), attachment.size(), attachment.sha256(), attachment.uploadedAt(),
				attachment.uploadedBy());
	}

}
