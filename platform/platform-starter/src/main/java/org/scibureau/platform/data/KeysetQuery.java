package org.scibureau.platform.data;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;

import org.scibureau.platform.web.PageRequest;

/**
 * A list query with optional filters, paged by keyset: newest first by a timestamp column, the id as
 * tie-breaker, resumed after the cursor's position; never {@code OFFSET}.
 *
 * <pre class="code">
 * KeysetQuery.from("select id, title, created_at from plan")
 *     .where("status = :status", "status", filter.status())
 *     .containing("title", "text", filter.text())
 *     .page(database, page, "created_at", "id")
 *     .map(...)
 * </pre>
 */
public final class KeysetQuery {

	private final StringBuilder sql;

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private KeysetQuery(String select) {
		this.sql = new StringBuilder(select).append(" where true");
	}

	/** A query over {@code select … from …} (without a {@code where} clause). */
	public static KeysetQuery from(String select) {
		return new KeysetQuery(select);
	}

	/**
	 * Adds {@code and <condition>} bound to {@code value}, unless the value is {@code null} (the filter was not
	 * asked for).
	 */
	public KeysetQuery where(String condition, String name, @Nullable Object value) {
		if (value != null) {
			this.sql.append(" and ").append(condition);
			this.parameters.put(name, value);
		}
		return this;
	}

	/** Adds a case-insensitive "column contains text" filter, with {@code LIKE}'s wildcards taken literally. */
	public KeysetQuery containing(String column, String name, @Nullable String text) {
		if (text == null) {
			return this;
		}
		String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return where(column + " ilike :" + name, name, "%" + literal + "%");
	}

	/**
	 * The statement for one page: rows after the cursor, newest first, one more than the page size (so that
	 * {@link org.scibureau.platform.web.Page#of} can tell whether a next page exists).
	 * @param sortColumn a {@code timestamptz} column, the cursor's sort key
	 * @param idColumn the unique tie-breaker, the cursor's id
	 */
	public DatabaseClient.GenericExecuteSpec page(DatabaseClient database, PageRequest page, String sortColumn,
			String idColumn) {
		StringBuilder statement = new StringBuilder(this.sql);
		Map<String, Object> bindings = new LinkedHashMap<>(this.parameters);
		if (page.cursor() != null) {
			statement.append(" and (").append(sortColumn).append(", ").append(idColumn).append(") < (:cursorAt, :cursorId)");
			bindings.put("cursorAt", page.cursor().sortKeyAsInstant());
			bindings.put("cursorId", page.cursor().id());
		}
		statement.append(" order by ").append(sortColumn).append(" desc, ").append(idColumn).append(" desc limit :limit");
		bindings.put("limit", page.fetchSize());
		DatabaseClient.GenericExecuteSpec spec = database.sql(statement.toString());
		for (Map.Entry<String, Object> binding : bindings.entrySet()) {
			spec = spec.bind(binding.getKey(), binding.getValue());
		}
		return spec;
	}

}
