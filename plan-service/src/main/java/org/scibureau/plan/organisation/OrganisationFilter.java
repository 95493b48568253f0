package org.scibureau.plan.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.organisation.domain.OrganisationType;

/**
 * The filters of an organisation list; {@code null} means "any".
 *
 * @param type only organisations of this kind
 * @param jurisdiction only organisations of exactly this division
 * @param creditCode only the organisation with this code
 * @param text only organisations whose name contains this text
 * @param visibleJurisdictions the {@code LIKE} pattern of the divisions the caller may see
 * @param onlyOrganisation only this organisation (an applicant sees its own)
 */
record OrganisationFilter(@Nullable OrganisationType type, @Nullable String jurisdiction, @Nullable String creditCode,
		@Nullable String text, @Nullable String visibleJurisdictions, @Nullable UUID onlyOrganisation) {
}
