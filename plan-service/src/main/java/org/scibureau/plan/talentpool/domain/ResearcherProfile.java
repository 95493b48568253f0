package org.scibureau.plan.talentpool.domain;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A researcher of the talent pool as plan-service knows it: identifiers and facts, no personal data.
 *
 * @param id the researcher (talent id)
 * @param orcid the ORCID iD, if any
 * @param organisationId the employing organisation, if any
 * @param fields research fields
 */
public record ResearcherProfile(UUID id, @Nullable String orcid, @Nullable UUID organisationId, List<String> fields) {

	public ResearcherProfile {
		fields = List.copyOf(fields);
	}

}
