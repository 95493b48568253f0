package org.scibureau.plan.review.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A researcher of the talent pool who may review projects, with what they declared about themselves.
 *
 * @param id the expert, who is a researcher: the same id as in the projects' teams
 * @param organisationId the expert's organisation, if any
 * @param fields the fields the expert can judge; duplicates are dropped
 * @param declaredConflictOrganisationIds organisations the expert declared a conflict of interest with
 * @param declaredConflictResearcherIds researchers the expert declared a conflict of interest with
 * @param available whether the expert currently accepts reviews
 */
public record Expert(UUID id, @Nullable UUID organisationId, List<String> fields,
		Set<UUID> declaredConflictOrganisationIds, Set<UUID> declaredConflictResearcherIds, boolean available) {

	public Expert {
		Objects.requireNonNull(id, "id");
		fields = List.copyOf(new LinkedHashSet<>(fields));
		declaredConflictOrganisationIds = Set.copyOf(declaredConflictOrganisationIds);
		declaredConflictResearcherIds = Set.copyOf(declaredConflictResearcherIds);
	}

}
