package org.scibureau.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * RFC 6902 JSON Patch operations {@code add}, {@code replace}, {@code remove} and {@code test} on parsed YAML, with
 * RFC 6901 pointers ({@code ~1} for {@code /}, {@code ~0} for {@code ~}, {@code -} to append to a list).
 * {@code move} and {@code copy} are rejected, as is a pointer to something that is not there (except the last step
 * of an {@code add}).
 */
final class JsonPatch {

	private JsonPatch() {
	}

	/** Applies {@code operations} (a list of operation maps) to {@code document} in place. */
	static void apply(Map<String, Object> document, Tree operations) {
		for (Tree operation : operations.items()) {
			String op = operation.string("op");
			List<String> pointer = pointer(operation.string("path"));
			switch (op) {
				case "add" -> add(document, pointer, Tree.copy(require(operation, "value")));
				case "replace" -> replace(document, pointer, Tree.copy(require(operation, "value")));
				case "remove" -> remove(document, pointer);
				case "test" -> test(document, pointer, operation.get("value").value());
				default -> throw new IllegalArgumentException("Unsupported JSON patch operation '" + op + "'");
			}
		}
	}

	private static Object require(Tree operation, String field) {
		if (!operation.entries().containsKey(field)) {
			throw new IllegalArgumentException("JSON patch operation without " + field + ": " + operation.value());
		}
		return operation.get(field).value();
	}

	private static List<String> pointer(String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("JSON pointer must start with '/': " + path);
		}
		List<String> tokens = new ArrayList<>();
		for (String token : path.substring(1).split("/", -1)) {
			tokens.add(token.replace("~1", "/").replace("~0", "~"));
		}
		return tokens;
	}

	private static void add(Map<String, Object> document, List<String> pointer, Object value) {
		Object parent = resolve(document, pointer.subList(0, pointer.size() - 1));
		String last = pointer.get(pointer.size() - 1);
		if (parent instanceof Map<?, ?>) {
			asMap(parent).put(last, value);
		}
		else if (parent instanceof List<?>) {
			List<Object> list = asList(parent);
			if (last.equals("-")) {
				list.add(value);
			}
			else {
				list.add(index(list, last, true), value);
			}
		}
		else {
			throw new IllegalArgumentException("Cannot add under a scalar at " + pointer);
		}
	}

	private static void replace(Map<String, Object> document, List<String> pointer, Object value) {
		Object parent = resolve(document, pointer.subList(0, pointer.size() - 1));
		String last = pointer.get(pointer.size() - 1);
		if (parent instanceof Map<?, ?> map && map.containsKey(last)) {
			asMap(parent).put(last, value);
		}
		else if (parent instanceof List<?>) {
			List<Object> list = asList(parent);
			list.set(index(list, last, false), value);
		}
		else {
			throw new IllegalArgumentException("Nothing to replace at /" + String.join("/", pointer));
		}
	}

	private static void remove(Map<String, Object> document, List<String> pointer) {
		Object parent = resolve(document, pointer.subList(0, pointer.size() - 1));
		String last = pointer.get(pointer.size() - 1);
		if (parent instanceof Map<?, ?> map && map.containsKey(last)) {
			asMap(parent).remove(last);
		}
		else if (parent instanceof List<?>) {
			List<Object> list = asList(parent);
			list.remove(index(list, last, false));
		}
		else {
			throw new IllegalArgumentException("Nothing to remove at /" + String.join("/", pointer));
		}
	}

	private static void test(Map<String, Object> document, List<String> pointer, Object expected) {
		Object actual = resolve(document, pointer);
		if (!Objects.equals(actual, expected)) {
			throw new IllegalArgumentException("JSON patch test failed at /" + String.join("/", pointer) + ": "
					+ actual + " is not " + expected);
		}
	}

	private static Object resolve(Map<String, Object> document, List<String> pointer) {
		Object node = document;
		for (String token : pointer) {
			if (node instanceof Map<?, ?> map && map.containsKey(token)) {
				node = map.get(token);
			}
			else if (node instanceof List<?> list) {
				node = list.get(index(asList(list), token, false));
			}
			else {
				throw new IllegalArgumentException("JSON pointer step '" + token + "' leads nowhere");
			}
			if (node == null) {
				throw new IllegalArgumentException("JSON pointer step '" + token + "' is null");
			}
		}
		return node;
	}

	private static int index(List<Object> list, String token, boolean forInsert) {
		int index;
		try {
			index = Integer.parseInt(token);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Not a list index: " + token, ex);
		}
		int bound = forInsert ? list.size() : list.size() - 1;
		if (index < 0 || index > bound) {
			throw new IllegalArgumentException("List index " + index + " out of bounds (size " + list.size() + ")");
		}
		return index;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object node) {
		return (Map<String, Object>) node;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> asList(Object node) {
		return (List<Object>) node;
	}

}
