package org.scibureau.talent.researcher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.talent.researcher.domain.Expert;
import org.scibureau.talent.researcher.domain.ExpertProfile;
import org.scibureau.talent.researcher.domain.ResearcherProfile;

/**
 * An expert as the API shows it: the review profile with who the expert is.
 *
 * @param id the expert, the researcher's talent id
 * @param reference the researcher's human reference
 * @param name the researcher's name
 * @param title the researcher's professional title, if any
 * @param organisationId the researcher's organisation, if any
 * @param jurisdiction the division that owns the researcher's record
 * @param reviewFields the fields the expert reviews in
 * @param conflictOrganisationIds organisations with a declared conflict of interest
 * @param conflictResearcherIds researchers with a declared conflict of interest
 * @param available whether the expert accepts review assignments
 * @param unavailableUntil when an unavailable expert expects to be available again, if known
 * @param version the version of the review profile (the ETag without quotes)
 * @param createdAt when the researcher joined the review pool
 * @param updatedAt when the review profile last changed
 */
record ExpertView(UUID id, String reference, String name, @Nullable String title, @Nullable UUID organisationId,
		String jurisdiction, List<String> reviewFields, List<UUID> conflictOrganisationIds,
		List<UUID> conflictResearcherIds, boolean available, @Nullable LocalDate unavailableUntil, long version,
		Instant createdAt, Instant updatedAt) {

	static ExpertView of(ExpertEntry entry) {
		Expert expert = entry.expert();
		ExpertProfile profile = expert.profile();
		ResearcherProfile researcher = entry.researcher().profile();
		return new ExpertView(expert.id(), entry.researcher().reference(), researcher.name(), researcher.title(),
				researcher.organisationId(), researcher.jurisdiction(), profile.reviewFields(),
				profile.conflictOrganisationIds(), profile.conflictResearcherIds(), profile.available(),
				profile.unavailableUntil(), expert.version(), expert.createdAt(), expert.updatedAt());
	}

}
