package org.scibureau.plan.talentpool.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An expert of the review pool as plan-service knows it.
 *
 * @param id the expert (the researcher's talent id)
 * @param organisationId the employing organisation, if any
 * @param fields the fields the expert reviews in
 * @param conflictOrganisationIds organisations with a declared conflict of interest
 * @param conflictResearcherIds researchers with a declared conflict of interest
 * @param available whether the expert accepts assignments
 * @param unavailableUntil when an unavailable expert expects to be back, if known
 */
public record ExpertProfile(UUID id, @Nullable UUID organisationId, List<String> fields,
		List<UUID> conflictOrganisationIds, List<UUID> conflictResearcherIds, boolean available,
		@Nullable LocalDate unavailableUntil) {

	public ExpertProfile {
		fields = List.copyOf(fields);
		conflictOrganisationIds = List.copyOf(conflictOrganisationIds);
		conflictResearcherIds = List.copyOf(conflictResearcherIds);
	}

	/** Whether the expert can take assignments on {@code day}. */
	public boolean availableOn(LocalDate day) {
		return this.available || (this.unavailableUntil != null && day.isAfter(this.unavailableUntil));
	}

}
