package org.scibureau.platform.web;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list: {@code {"items": [...], "nextCursor": "..." | null}}.
 *
 * @param items the page's items in the list's stable order
 * @param nextCursor the opaque cursor of the next page, or {@code null} on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * Builds a page from rows fetched with {@code limit + 1}: the extra row only tells that a next page exists.
	 * @param rows up to {@code limit + 1} rows in list order
	 * @param limit the page size asked for
	 * @param cursorOf the cursor that resumes after a row
	 * @param <T> the row type
	 */
	public static <T> Page<T> of(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
		if (rows.size() <= limit) {
			return new Page<>(rows, null);
		}
		List<T> items = rows.subList(0, limit);
		return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
	}

	/** The same page with each item mapped. */
	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(this.items.stream().<R>map(mapper).toList(), this.nextCursor);
	}

}
