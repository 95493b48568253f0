package org.scibureau.deployment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Read access to parsed YAML or JSON (maps, lists, scalars) that answers a missing node instead of throwing, so a
 * check can say what is missing.
 *
 * @param value the node: a map, a list, a scalar, or {@code null} when missing
 */
record Tree(@Nullable Object value) {

	static final Tree MISSING = new Tree(null);

	/** The child under {@code key}; missing when this is not a map or has no such key. */
	Tree get(String key) {
		if (this.value instanceof Map<?, ?> map && map.containsKey(key)) {
			return new Tree(map.get(key));
		}
		return MISSING;
	}

	/** The descendant along {@code keys}. */
	Tree path(String... keys) {
		Tree node = this;
		for (String key : keys) {
			node = node.get(key);
		}
		return node;
	}

	boolean isMissing() {
		return this.value == null;
	}

	boolean isMap() {
		return this.value instanceof Map;
	}

	boolean isList() {
		return this.value instanceof List;
	}

	/** The scalar as text (numbers and booleans as YAML writes them); empty when missing or not a scalar. */
	Optional<String> text() {
		if (this.value == null || this.value instanceof Map || this.value instanceof List) {
			return Optional.empty();
		}
		return Optional.of(String.valueOf(this.value));
	}

	/** The scalar as text, or {@code ""}. */
	String string() {
		return text().orElse("");
	}

	/** The scalar along {@code keys} as text, or {@code ""}. */
	String string(String... keys) {
		return path(keys).string();
	}

	/** The elements of a list; empty when this is not a list. */
	List<Tree> items() {
		List<Tree> items = new ArrayList<>();
		if (this.value instanceof List<?> list) {
			list.forEach((item) -> items.add(new Tree(item)));
		}
		return items;
	}

	/** The entries of a map in their order; empty when this is not a map. */
	Map<String, Tree> entries() {
		Map<String, Tree> entries = new LinkedHashMap<>();
		if (this.value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> entries.put(String.valueOf(key), new Tree(child)));
		}
		return entries;
	}

	/** The texts of a list of scalars. */
	List<String> strings() {
		return items().stream().map(Tree::string).toList();
	}

	/** This node's map, for changing a copy in a test. */
	@SuppressWarnings("unchecked")
	Map<String, Object> map() {
		if (this.value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalStateException("Not a map: " + this.value);
	}

	/** This node's list, for changing a copy in a test. */
	@SuppressWarnings("unchecked")
	List<Object> list() {
		if (this.value instanceof List<?> list) {
			return (List<Object>) list;
		}
		throw new IllegalStateException("Not a list: " + this.value);
	}

	/** A deep, unmodifiable copy of a parsed node, for sharing between tests. */
	static @Nullable Object frozen(@Nullable Object node) {
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, child) -> copy.put(String.valueOf(key), frozen(child)));
			return Collections.unmodifiableMap(copy);
		}
		if (node instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(frozen(item)));
			return Collections.unmodifiableList(copy);
		}
		return node;
	}

	/** A deep, mutable copy of a parsed node. */
	static @Nullable Object copy(@Nullable Object node) {
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, child) -> copy.put(String.valueOf(key), copy(child)));
			return copy;
		}
		if (node instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(copy(item)));
			return copy;
		}
		return node;
	}

}
