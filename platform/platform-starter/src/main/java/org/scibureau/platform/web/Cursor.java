package org.scibureau.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The keyset position a page resumes after: the sort key and the id of the last item of the previous page.
 * <p>
 * On the wire it is opaque (base64url); clients pass it back unchanged. A cursor that does not decode is a
 * 400 problem, never a 500.
 *
 * @param sortKey the value of the list's sort column at the last item, e.g. an instant
 * @param id the id of the last item, the tie-breaker of the stable order
 */
public record Cursor(String sortKey, UUID id) {

	private static final char SEPARATOR = '|';

	/** A cursor positioned after an item sorted by an instant. */
	public static Cursor after(Instant sortKey, UUID id) {
		return new Cursor(sortKey.toString(), id);
	}

	/** The opaque form. */
	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.sortKey + SEPARATOR + this.id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor from a request parameter.
	 * @return the cursor, or {@code null} when none was given (first page)
	 * @throws ProblemException 400 when it is not a cursor this platform issued
	 */
	public static @Nullable Cursor decode(@Nullable String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			int separator = text.lastIndexOf(SEPARATOR);
			if (separator < 0) {
				throw invalid();
			}
			return new Cursor(text.substring(0, separator), UUID.fromString(text.substring(separator + 1)));
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
	}

	/** The sort key read as an instant. */
	public Instant sortKeyAsInstant() {
		try {
			return Instant.parse(this.sortKey);
		}
		catch (DateTimeParseException ex) {
			throw invalid();
		}
	}

	private static ProblemException invalid() {
		return new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
				List.of(FieldViolation.of("cursor", "invalid-cursor")));
	}

}
