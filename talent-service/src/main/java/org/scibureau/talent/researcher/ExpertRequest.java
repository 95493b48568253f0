package org.scibureau.talent.researcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;
import org.scibureau.talent.researcher.domain.ExpertProfile;

/**
 * The body of registering an expert or updating its review profile. An update replaces the whole profile; an
 * expert updating itself sends its review fields unchanged.
 *
 * @param researcherId on registration, the researcher who joins the review pool; ignored on update
 * @param reviewFields the fields the expert reviews in, 1 to 20
 * @param conflictOrganisationIds organisations with a declared conflict of interest; none when omitted
 * @param conflictResearcherIds researchers (talent ids) with a declared conflict of interest; none when omitted
 * @param available whether the expert accepts review assignments
 * @param unavailableUntil when an unavailable expert expects to be available again, if known
 */
record ExpertRequest(@Nullable UUID researcherId,
		@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> reviewFields,
		@Nullable @Size(max = 200) List<@NotNull UUID> conflictOrganisationIds,
		@Nullable @Size(max = 200) List<@NotNull UUID> conflictResearcherIds, @NotNull Boolean available,
		@Nullable LocalDate unavailableUntil) {

	/**
	 * The researcher to register as an expert.
	 * @throws ProblemException 400 naming {@code researcherId} when it is missing
	 */
	UUID researcher() {
		if (this.researcherId == null) {
			throw new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
					List.of(FieldViolation.of("researcherId", "NotNull")));
		}
		return this.researcherId;
	}

	/** The review profile this request describes. */
	ExpertProfile toProfile() {
		return new ExpertProfile(this.reviewFields,
				(this.conflictOrganisationIds != null) ? this.conflictOrganisationIds : List.of(),
				(this.conflictResearcherIds != null) ? this.conflictResearcherIds : List.of(), this.available,
				this.unavailableUntil);
	}

}
