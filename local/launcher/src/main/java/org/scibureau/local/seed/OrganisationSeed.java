package org.scibureau.local.seed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A demo organisation of the plan service's registry, registered under the id the demo directory gives it.
 *
 * @param key its key in the demo directory, part of its idempotency key
 * @param id the id that demo tokens name it by
 * @param creditCode its unified social credit code, which identifies it when seeding runs again
 * @param name its registered name
 * @param type {@code UNIVERSITY}, {@code RESEARCH_INSTITUTE}, {@code ENTERPRISE} or {@code HOSPITAL}
 * @param jurisdiction the division it belongs to
 */
public record OrganisationSeed(String key, UUID id, String creditCode, String name, String type,
		String jurisdiction) {

	/** The body of {@code POST /api/plan/organisations}. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", this.id.toString());
		body.put("creditCode", this.creditCode);
		body.put("name", this.name);
		body.put("type", this.type);
		body.put("jurisdiction", this.jurisdiction);
		return body;
	}

}
