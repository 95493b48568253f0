package org.scibureau.platform.test.contract;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a published OpenAPI document.
 *
 * @param method the HTTP method, upper case
 * @param path the path template, e.g. {@code /api/plan/projects/{id}}
 * @param parameters its path, query and header parameters
 * @param bodies the schema of its request body by media type; empty when it takes none
 * @param bodyRequired whether the body is required
 * @param open whether it needs no token
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies,
		boolean bodyRequired, boolean open) {

	/** "METHOD path", as the documents and reports name an operation. */
	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

	/**
	 * A parameter of an operation.
	 *
	 * @param name its name
	 * @param in {@code path}, {@code query} or {@code header}
	 * @param required whether it is required
	 * @param schema its schema
	 */
	public record Parameter(String name, String in, boolean required, JsonNode schema) {
	}

}
