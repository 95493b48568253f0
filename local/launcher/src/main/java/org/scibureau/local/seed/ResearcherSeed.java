package org.scibureau.local.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A demo researcher of the talent pool, registered under the talent id the demo directory gives it.
 *
 * @param key its key in the demo directory, part of its idempotency key
 * @param id the talent id, which identifies it when seeding runs again
 * @param name its name
 * @param orcid its ORCID iD, if it has one
 * @param organisationId the organisation it works for, if any
 * @param fields its research fields
 * @param title its professional title
 * @param tier its talent tier, {@code A} to {@code F}
 * @param nationality the ISO 3166-1 alpha-2 code of its nationality
 * @param jurisdiction the division that owns the record
 */
public record ResearcherSeed(String key, UUID id, String name, @Nullable String orcid, @Nullable UUID organisationId,
		List<String> fields, String title, String tier, String nationality, String jurisdiction) {

	public ResearcherSeed {
		fields = List.copyOf(fields);
	}

	/** The body of {@code POST /api/talent/researchers}. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", this.id.toString());
		body.put("name", this.name);
		if (this.orcid != null) {
			body.put("orcid", this.orcid);
		}
		if (this.organisationId != null) {
			body.put("organisationId", this.organisationId.toString());
		}
		body.put("fields", this.fields);
		body.put("title", this.title);
		body.put("tier", this.tier);
		body.put("nationality", this.nationality);
		body.put("jurisdiction", this.jurisdiction);
		return body;
	}

}
