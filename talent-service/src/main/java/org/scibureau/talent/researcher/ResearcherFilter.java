package org.scibureau.talent.researcher;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.talent.researcher.domain.TalentTier;

/**
 * The filters of a researcher list; {@code null} means "any".
 *
 * @param text only researchers whose name contains this text or whose ORCID iD is exactly this
 * @param organisationId only researchers of this organisation
 * @param field only researchers working in this field
 * @param tier only researchers of this talent tier
 * @param jurisdiction only researchers of exactly this division
 * @param visibleJurisdictions the {@code LIKE} pattern of the divisions the caller may see
 * @param onlyOrganisation only researchers of this organisation (an applicant sees its own)
 */
record ResearcherFilter(@Nullable String text, @Nullable UUID organisationId, @Nullable String field,
		@Nullable TalentTier tier, @Nullable String jurisdiction, @Nullable String visibleJurisdictions,
		@Nullable UUID onlyOrganisation) {

	/** The same filters, narrowed to what a caller may see. */
	ResearcherFilter within(@Nullable String visible, @Nullable UUID organisation) {
		return new ResearcherFilter(this.text, this.organisationId, this.field, this.tier, this.jurisdiction, visible,
				organisation);
	}

}
