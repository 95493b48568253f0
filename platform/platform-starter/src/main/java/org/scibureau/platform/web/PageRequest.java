package org.scibureau.platform.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The paging parameters of a list request: {@code limit} (default 50, at most 500) and {@code cursor}.
 *
 * @param limit the page size
 * @param cursor where the page starts, or {@code null} for the first page
 */
public record PageRequest(int limit, @Nullable Cursor cursor) {

	/** The page size when the request names none. */
	public static final int DEFAULT_LIMIT = 50;

	/** The largest page size a request may ask for. */
	public static final int MAX_LIMIT = 500;

	/**
	 * Reads the paging parameters of a request.
	 * @throws ProblemException 400 when the limit is out of range or the cursor does not decode
	 */
	public static PageRequest of(@Nullable Integer limit, @Nullable String cursor) {
		int size = (limit != null) ? limit : DEFAULT_LIMIT;
		if (size < 1 || size > MAX_LIMIT) {
			throw new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
					List.of(FieldViolation.of("limit", "limit-out-of-range", 1, MAX_LIMIT)));
		}
		return new PageRequest(size, Cursor.decode(cursor));
	}

	/** How many rows to fetch: one more than the page, to learn whether a next page exists. */
	public int fetchSize() {
		return this.limit + 1;
	}

}
