package org.scibureau.plan.review;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.scibureau.plan.review.domain.Criterion;

/**
 * The body of opening a review.
 *
 * @param callId the call whose projects in expert review are reviewed
 * @param reviewersPerProject how many experts review each project ({@code k})
 * @param maxProjectsPerExpert how many projects one expert reviews at most ({@code m})
 * @param criteria the criteria to score, weights adding up to 100; the configured ones when omitted
 * @param collaborationLookbackYears how many years back a project shared with the principal investigator makes an
 * expert ineligible; the configured figure when omitted
 */
record ReviewRequest(@NotNull UUID callId, @NotNull @Min(1) @Max(20) Integer reviewersPerProject,
		@NotNull @Min(1) @Max(200) Integer maxProjectsPerExpert,
		@Nullable @Size(max = 20) List<@Valid @NotNull CriterionRequest> criteria,
		@Nullable @Min(0) @Max(50) Integer collaborationLookbackYears) {

	/** The requested criteria, or {@code defaults} when the request names none. */
	List<Criterion> criteriaOr(List<Criterion> defaults) {
		return (this.criteria != null) ? this.criteria.stream().map(CriterionRequest::toCriterion).toList() : defaults;
	}

	/**
	 * A criterion and its weight.
	 *
	 * @param code its stable code, e.g. {@code innovation}
	 * @param weight its share of the total, in points of 100
	 */
	record CriterionRequest(@NotNull @Size(max = 50) String code, @NotNull Integer weight) {

		Criterion toCriterion() {
			return new Criterion(this.code.strip(), this.weight);
		}

	}

}
