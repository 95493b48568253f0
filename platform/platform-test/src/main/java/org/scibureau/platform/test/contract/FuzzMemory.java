package org.scibureau.platform.test.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * What a fuzzing run has learned from the answers so far: ids, the values of named members and the {@code ETag} of
 * each object path, so that later requests name real objects and current versions. Values with a foreign marker are
 * not kept: a request that copied one would make an object of its own look foreign.
 */
final class FuzzMemory {

	private static final int PER_NAME = 24;

	private final Set<String> ids = new LinkedHashSet<>();

	private final Map<String, Set<String>> examples = new HashMap<>();

	private final Map<String, String> etags = new HashMap<>();

	private final Set<String> markers;

	/** @param markers what only foreign objects contain, never to be copied into requests */
	FuzzMemory(Set<String> markers) {
		this.markers = Set.copyOf(markers);
	}

	void remember(String name, String value) {
		if (this.markers.stream().anyMatch(value::contains)) {
			return;
		}
		Set<String> values = this.examples.computeIfAbsent(name, (key) -> new LinkedHashSet<>());
		if (values.size() < PER_NAME) {
			values.add(value);
		}
		if (isId(value)) {
			this.ids.add(value);
		}
	}

	void learn(JsonNode answer) {
		answer.properties().forEach((member) -> {
			JsonNode value = member.getValue();
			if (value.isTextual() || value.isIntegralNumber()) {
				remember(member.getKey(), value.asText());
			}
			learnWithin(value);
		});
		if (answer.isArray()) {
			learnWithin(answer);
		}
	}

	private void learnWithin(JsonNode value) {
		if (value.isObject()) {
			learn(value);
		}
		else if (value.isArray()) {
			value.forEach(this::learnWithin);
		}
	}

	void etag(String path, String etag) {
		this.etags.put(path, etag);
	}

	/** The {@code ETag} last seen for the path or the longest path it extends, if any. */
	@Nullable String etagFor(String path) {
		for (String candidate = path; !candidate.isEmpty(); candidate = candidate.substring(0,
				Math.max(0, candidate.lastIndexOf('/')))) {
			String etag = this.etags.get(candidate);
			if (etag != null) {
				return etag;
			}
		}
		return null;
	}

	List<String> ids() {
		return new ArrayList<>(this.ids);
	}

	List<String> examplesOf(String name) {
		return new ArrayList<>(this.examples.getOrDefault(name, Set.of()));
	}

	private static boolean isId(String value) {
		if (value.length() != 36) {
			return false;
		}
		try {
			UUID.fromString(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
