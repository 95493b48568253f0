package org.scibureau.talent.researcher;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.talent.researcher.domain.Orcid;
import org.scibureau.talent.researcher.domain.ResearcherProfile;
import org.scibureau.talent.researcher.domain.TalentTier;

/**
 * The body of registering or updating a researcher. Unknown and read-only members ({@code reference},
 * {@code version}) are ignored.
 *
 * @param id on registration, the identifier to keep from an existing registry (e.g. the human-resources
 * bureau's); a new one when omitted; ignored on update
 * @param name the researcher's name
 * @param orcid the ORCID iD ({@code 0000-0002-1825-0097} or its {@code https://orcid.org/} form), if any
 * @param organisationId the employing organisation, if any
 * @param fields research fields (codes of the national discipline classification or keywords), 1 to 20
 * @param title the professional title, e.g. professor, if any
 * @param tier the talent tier ({@code A}–{@code F}), if any
 * @param nationality the ISO 3166-1 alpha-2 code of the nationality
 * @param jurisdiction the 6-digit division that owns the record
 */
record ResearcherRequest(@Nullable UUID id, @NotBlank @Size(max = 200) String name,
		@Nullable @Size(max = 60) String orcid, @Nullable UUID organisationId,
		@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> fields,
		@Nullable @Size(max = 100) String title,
		@Nullable TalentTier tier, @NotNull @Pattern(regexp = "[A-Za-z]{2}") String nationality,
		@NotNull @Pattern(regexp = "\\d{6}") String jurisdiction) {

	/**
	 * The profile this request describes; a blank ORCID iD means none.
	 * @throws ProblemException 422 naming {@code orcid} when it is malformed or its check character is wrong
	 */
	ResearcherProfile toProfile() {
		return new ResearcherProfile(this.name, parsedOrcid(), this.organisationId, this.fields, this.title, this.tier,
				this.nationality, this.jurisdiction);
	}

	private @Nullable Orcid parsedOrcid() {
		if (this.orcid == null || this.orcid.isBlank()) {
			return null;
		}
		try {
			return new Orcid(this.orcid);
		}
		catch (Orcid.InvalidOrcid ex) {
			RuleViolation violation = "check-character".equals(ex.rule())
					? new RuleViolation("orcid", "invalid-orcid-check-character")
					: new RuleViolation("orcid", "invalid-orcid-shape");
			throw DomainProblems.unprocessable(List.of(violation));
		}
	}

}
