package org.scibureau.plan.project.attachment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * A document as uploaded in a {@code multipart/form-data} request: a {@code file} part and an optional
 * {@code kind} part. The file's name and declared media type are the client's word; its content is at most the
 * size limit long.
 *
 * @param fileName the file's name, cleaned up for display
 * @param declaredType the media type the client declared for the file, if any
 * @param content the file's bytes
 * @param kind what the document is to the application
 */
record Upload(String fileName, @Nullable MediaType declaredType, byte[] content, AttachmentKind kind) {

	static final String FILE = "file";

	static final String KIND = "kind";

	/**
	 * Reads the upload from the request's parts as they arrive, keeping at most {@code maxBytes} of the file: a
	 * larger file fails with {@link DataBufferLimitException} (413) as soon as it grows over, without reading on.
	 * Other parts are skipped.
	 */
	static Mono<Upload> read(Flux<PartEvent> parts, int maxBytes) {
		return parts.windowUntil(PartEvent::isLast)
			// A failure of the request body (too large, cut off) reaches both the part being read and the request:
			// the part ends, and the request reports the failure once.
			.concatMap((part) -> part.onErrorComplete().switchOnFirst((first, events) -> {
				PartEvent event = first.get();
				return (event != null) ? field(event, events, maxBytes) : events.then(Mono.<Field>empty());
			}))
			.collectList()
			.map(Upload::of);
	}

	private static Mono<Field> field(PartEvent first, Flux<PartEvent> events, int maxBytes) {
		if (first.name().equals(FILE) && first instanceof FilePartEvent file) {
			return DataBufferUtils.join(events.map(PartEvent::content), maxBytes)
				.<Field>map((content) -> new Document(file.filename(), file.headers().getContentType(),
						bytes(content)));
		}
		if (first.name().equals(FILE)) {
			return skipped(events).then(Mono.error(() -> invalid(FILE, "not-a-file")));
		}
		if (first.name().equals(KIND) && first instanceof FormPartEvent form) {
			return Mono.just(new Kind(form.value()));
		}
		return skipped(events).then(Mono.empty());
	}

	private static Upload of(List<Field> fields) {
		List<Document> files = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		for (Field field : fields) {
			switch (field) {
				case Document document -> files.add(document);
				case Kind kind -> kinds.add(kind.value());
			}
		}
		if (files.isEmpty()) {
			throw invalid(FILE, "required");
		}
		if (files.size() > 1) {
			throw invalid(FILE, "duplicate");
		}
		if (kinds.size() > 1) {
			throw invalid(KIND, "duplicate");
		}
		Document file = files.getFirst();
		return new Upload(FileNames.displayed(file.fileName()), file.declaredType(), file.bytes(),
				kinds.isEmpty() ? AttachmentKind.OTHER : kind(kinds.getFirst()));
	}

	private static AttachmentKind kind(String value) {
		String name = value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(AttachmentKind.values())
			.filter((kind) -> kind.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
					List.of(FieldViolation.of(KIND, "unknown-attachment-kind",
							String.join(", ", Arrays.stream(AttachmentKind.values()).map(Enum::name).toList())))));
	}

	private static Mono<Void> skipped(Flux<PartEvent> events) {
		return events.doOnNext((event) -> DataBufferUtils.release(event.content())).then();
	}

	private static byte[] bytes(DataBuffer content) {
		try {
			byte[] bytes = new byte[content.readableByteCount()];
			content.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(content);
		}
	}

	private static ProblemException invalid(String field, String code) {
		return new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
				List.of(FieldViolation.of(field, code)));
	}

	/** A part that matters. */
	private sealed interface Field permits Document, Kind {

	}

	/** The file part: its name and declared type, as the client gave them, and its bytes. */
	private record Document(String fileName, @Nullable MediaType declaredType, byte[] bytes) implements Field {
	}

	/** The kind part's value. */
	private record Kind(String value) implements Field {
	}

}
