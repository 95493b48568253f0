package org.scibureau.platform.web;

import java.util.List;

import tools.jackson.core.JacksonException;

/**
 * Renders Jackson's reference chain as the JSON path a client recognises, e.g. {@code programs[0].name}.
 */
public final class JsonPaths {

	private JsonPaths() {
	}

	public static String of(List<JacksonException.Reference> path) {
		StringBuilder text = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				if (!text.isEmpty()) {
					text.append('.');
				}
				text.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				text.append('[').append(reference.getIndex()).append(']');
			}
		}
		return text.isEmpty() ? "$" : text.toString();
	}

}
