package org.scibureau.talent.researcher;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.talent.researcher.domain.Researcher;
import org.scibureau.talent.researcher.domain.ResearcherProfile;

/**
 * A researcher as the API shows it.
 *
 * @param id the talent id
 * @param reference the human reference, e.g. {@code TAL-2026-000001}
 * @param name the name
 * @param orcid the ORCID iD, if any
 * @param organisationId the employing organisation, if any
 * @param fields research fields
 * @param title the professional title, if any
 * @param tier the talent tier, if any
 * @param nationality the ISO 3166-1 alpha-2 nationality
 * @param jurisdiction the division that owns the record
 * @param version the version (the ETag without quotes)
 * @param createdAt when the researcher was registered
 * @param updatedAt when the profile last changed
 */
record ResearcherView(UUID id, String reference, String name, @Nullable String orcid, @Nullable UUID organisationId,
		List<String> fields, @Nullable String title, @Nullable String tier, String nationality, String jurisdiction,
		long version, Instant createdAt, Instant updatedAt) {

	static ResearcherView of(Researcher researcher) {
		ResearcherProfile profile = researcher.profile();
		return new ResearcherView(researcher.id(), researcher.reference(), profile.name(),
				(profile.orcid() != null) ? profile.orcid().value() : null, profile.organisationId(), profile.fields(),
				profile.title(), (profile.tier() != null) ? profile.tier().name() : null, profile.nationality(),
				profile.jurisdiction(), researcher.version(), researcher.createdAt(), researcher.updatedAt());
	}

}
