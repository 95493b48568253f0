package org.scibureau.talent.researcher;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.talent.researcher.domain.TalentTier;

/**
 * The filters of an expert list; {@code null} means "any".
 *
 * @param text only experts whose name contains this text or whose ORCID iD is exactly this
 * @param organisationId only experts of this organisation
 * @param field only experts reviewing in this field
 * @param tier only experts of this talent tier
 * @param jurisdiction only experts of exactly this division
 * @param available only experts who accept assignments ({@code true}) or who do not ({@code false})
 * @param visibleJurisdictions the {@code LIKE} pattern of the divisions the caller may see
 */
record ExpertFilter(@Nullable String text, @Nullable UUID organisationId, @Nullable String field,
		@Nullable TalentTier tier, @Nullable String jurisdiction, @Nullable Boolean available,
		@Nullable String visibleJurisdictions) {

	/** The same filters, narrowed to the divisions a caller may see. */
	ExpertFilter within(@Nullable String visible) {
		return new ExpertFilter(this.text, this.organisationId, this.field, this.tier, this.jurisdiction,
				this.available, visible);
	}

}
