package org.scibureau.plan.project;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.project.domain.ProjectStatus;

/**
 * The filters of the project list; every one is optional and they combine with "and".
 *
 * @param status the state
 * @param callId the call applied to
 * @param programId the program
 * @param jurisdiction the owning division, exactly
 * @param organisationId the applicant organisation
 * @param piId the principal investigator
 * @param year the year of (first) submission, in the bureau's calendar
 * @param text words of the title
 * @param visibleJurisdictions the {@code LIKE} pattern of the divisions the caller sees, or null for all
 * @param ownOrganisation the only organisation whose projects the caller sees (an applicant), or null
 * @param draftsVisible whether drafts are listed: only to their own organisation, they are not yet applications
 */
record ProjectFilter(@Nullable ProjectStatus status, @Nullable UUID callId, @Nullable UUID programId,
		@Nullable String jurisdiction, @Nullable UUID organisationId, @Nullable UUID piId, @Nullable Integer year,
		@Nullable String text, @Nullable String visibleJurisdictions, @Nullable UUID ownOrganisation,
		boolean draftsVisible) {
}
