package org.scibureau.deployment;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kustomize's strategic merge, as far as the repository's patches need it: maps merge key by key, a {@code null}
 * value deletes, and (for built-in kinds only) lists of objects that all have a {@code name} merge element by
 * element; every other list, and every list of a custom resource, is replaced. {@code $patch} and the other
 * directives are rejected.
 */
final class StrategicMerge {

	private StrategicMerge() {
	}

	/**
	 * Merges {@code patch} into {@code target}.
	 * @param target the resource, changed in place
	 * @param patch the patch
	 * @param mergeNamedLists whether lists of named objects merge by name (built-in kinds) or are replaced
	 */
	static void apply(Map<String, Object> target, Map<String, Object> patch, boolean mergeNamedLists) {
		patch.forEach((key, value) -> {
			if (key.startsWith("$")) {
				throw new IllegalArgumentException("Unsupported strategic merge directive " + key);
			}
			Object current = target.get(key);
			if (value == null) {
				target.remove(key);
			}
			else if (current instanceof Map<?, ?> && value instanceof Map<?, ?>) {
				apply(asMap(current), asMap(value), mergeNamedLists);
			}
			else if (mergeNamedLists && current instanceof List<?> currentList && value instanceof List<?> patchList
					&& named(currentList) && named(patchList)) {
				mergeByName(asList(current), patchList, mergeNamedLists);
			}
			else {
				target.put(key, Tree.copy(value));
			}
		});
	}

	private static void mergeByName(List<Object> target, List<?> patch, boolean mergeNamedLists) {
		for (Object element : patch) {
			Map<String, Object> patchElement = asMap(element);
			Object name = patchElement.get("name");
			Map<String, Object> existing = target.stream()
				.map(StrategicMerge::asMap)
				.filter((candidate) -> Objects.equals(candidate.get("name"), name))
				.findFirst()
				.orElse(null);
			if (existing == null) {
				target.add(Tree.copy(patchElement));
			}
			else {
				apply(existing, patchElement, mergeNamedLists);
			}
		}
	}

	private static boolean named(List<?> list) {
		return !list.isEmpty() && list.stream().allMatch((element) -> element instanceof Map<?, ?> map
				&& map.get("name") != null);
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
