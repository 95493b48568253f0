package org.scibureau.talent.researcher.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.domain.RuleViolation;

/**
 * What the review pool records about an expert: the fields they review in, the conflicts of interest they
 * declared, and whether they accept assignments now.
 *
 * @param reviewFields the fields the expert reviews in, trimmed and each once, 1 to 20
 * @param conflictOrganisationIds organisations with a declared conflict of interest, each once
 * @param conflictResearcherIds researchers (talent ids) with a declared conflict of interest, each once
 * @param available whether the expert accepts review assignments
 * @param unavailableUntil when an unavailable expert expects to be available again, if known
 */
public record ExpertProfile(List<String> reviewFields, List<UUID> conflictOrganisationIds,
		List<UUID> conflictResearcherIds, boolean available, @Nullable LocalDate unavailableUntil) {

	public ExpertProfile {
		reviewFields = ResearchFields.normalise(reviewFields);
		conflictOrganisationIds = conflictOrganisationIds.stream().distinct().toList();
		conflictResearcherIds = conflictResearcherIds.stream().distinct().toList();
	}

	/**
	 * The rules this profile of expert {@code expertId} breaks on {@code today}: a return date only while
	 * unavailable and not in the past; no declared conflict with oneself.
	 */
	public List<RuleViolation> violations(UUID expertId, LocalDate today) {
		List<RuleViolation> violations = new ArrayList<>();
		if (this.unavailableUntil != null && this.available) {
			violations.add(new RuleViolation("unavailableUntil", "unavailable-until-while-available"));
		}
		if (this.unavailableUntil != null && this.unavailableUntil.isBefore(today)) {
			violations.add(new RuleViolation("unavailableUntil", "in-the-past", today));
		}
		if (this.conflictResearcherIds.contains(expertId)) {
			violations.add(new RuleViolation("conflictResearcherIds", "conflict-with-self"));
		}
		return violations;
	}

	/** Whether {@code other} lists the same review fields, in any order. */
	public boolean sameReviewFieldsAs(ExpertProfile other) {
		return Set.copyOf(this.reviewFields).equals(Set.copyOf(other.reviewFields));
	}

	/** This profile with the availability and declared conflicts of {@code other}, and its own review fields. */
	public ExpertProfile withAvailabilityAndConflictsOf(ExpertProfile other) {
		return new ExpertProfile(this.reviewFields, other.conflictOrganisationIds, other.conflictResearcherIds,
				other.available, other.unavailableUntil);
	}

}
