package org.scibureau.plan.review.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What review needs to know of a project: who applied, who works on it and which fields it belongs to.
 *
 * @param id the project
 * @param organisationId the applicant organisation
 * @param principalInvestigatorId the principal investigator (a researcher)
 * @param teamMemberIds the other researchers of the team
 * @param fields the project's fields, from the same vocabulary as the experts' fields; duplicates are dropped
 */
public record ProjectProfile(UUID id, UUID organisationId, UUID principalInvestigatorId, Set<UUID> teamMemberIds,
		List<String> fields) {

	public ProjectProfile {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(organisationId, "organisationId");
		Objects.requireNonNull(principalInvestigatorId, "principalInvestigatorId");
		teamMemberIds = Set.copyOf(teamMemberIds);
		fields = List.copyOf(new LinkedHashSet<>(fields));
	}

}
