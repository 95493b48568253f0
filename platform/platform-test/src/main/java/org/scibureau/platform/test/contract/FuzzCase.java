package org.scibureau.platform.test.contract;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One request of a fuzzing run, as it is sent: kept as a line of a regression file when it broke the contract, and
 * replayed before the generated requests in every later run.
 *
 * @param operation the operation it calls, "METHOD template"
 * @param caller the name of the caller it is sent as
 * @param method the HTTP method
 * @param uri the path and query, already encoded
 * @param headers its headers other than {@code Authorization}
 * @param body its body, or {@code null} for none
 */
public record FuzzCase(String operation, String caller, String method, String uri, Map<String, String> headers,
		@Nullable String body) {

	public FuzzCase {
		headers = new TreeMap<>(headers);
	}

}
