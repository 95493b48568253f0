package org.scibureau.plan.project.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How applications' documents are kept and how many and how large they may be.
 * <p>
 * The request size limit of the upload path ({@code scibureau.web.upload-paths}) and the multipart reader's part
 * limit ({@code spring.webflux.multipart.max-disk-usage-per-part}) must allow {@code maxSize}: plan-service's
 * {@code application.yml} sets the part limit to it, and the request limit a megabyte above for the multipart
 * framing.
 *
 * @param store where the documents' content lives; only {@code database} exists (see {@link DocumentStore})
 * @param maxSize the largest document accepted (413 above it)
 * @param maxPerProject how many documents one application may have
 */
@ConfigurationProperties("scibureau.plan.attachments")
record AttachmentSettings(@DefaultValue("database") Store store, @DefaultValue("20MB") DataSize maxSize,
		@DefaultValue("20") int maxPerProject) {

	AttachmentSettings {
		// A document is held in one array while it is checked and stored.
		if (maxSize.toBytes() < 1 || maxSize.toBytes() > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("An attachment's maximum size must be between 1 byte and 2 GB");
		}
		if (maxPerProject < 1) {
			throw new IllegalArgumentException("A project must be allowed at least one attachment");
		}
	}

	/** The largest document accepted, in bytes. */
	int maxBytes() {
		return (int) this.maxSize.toBytes();
	}

	/** The stores of documents' content. */
	enum Store {

		/** {@link DatabaseDocumentStore}. */
		DATABASE

	}

}
