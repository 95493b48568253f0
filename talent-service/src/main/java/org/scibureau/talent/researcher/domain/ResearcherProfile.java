package org.scibureau.talent.researcher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.domain.RuleViolation;

/**
 * What the talent pool records about a researcher; talent officers register and correct it.
 *
 * @param name the researcher's name
 * @param orcid the ORCID iD, if the researcher has one; unique in the pool
 * @param organisationId the employing organisation, if any (not checked against the organisation registry)
 * @param fields research fields, trimmed and each once, 1 to 20
 * @param title the professional title, e.g. professor, if any
 * @param tier the talent tier the city granted, if any
 * @param nationality the ISO 3166-1 alpha-2 code of the nationality, upper case
 * @param jurisdiction the 6-digit division that owns the record
 */
public record ResearcherProfile(String name, @Nullable Orcid orcid, @Nullable UUID organisationId, List<String> fields,
		@Nullable String title, @Nullable TalentTier tier, String nationality, String jurisdiction) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern DIVISION = Pattern.compile("\\d{6}");

	public ResearcherProfile {
		name = name.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("A researcher needs a name");
		}
		fields = ResearchFields.normalise(fields);
		title = (title == null || title.isBlank()) ? null : title.strip();
		nationality = nationality.strip().toUpperCase(Locale.ROOT);
		if (!DIVISION.matcher(jurisdiction).matches()) {
			throw new IllegalArgumentException("Not a 6-digit division code: " + jurisdiction);
		}
	}

	/** The rules this profile breaks: the nationality must be an ISO 3166-1 alpha-2 country. */
	public List<RuleViolation> violations() {
		List<RuleViolation> violations = new ArrayList<>();
		if (!COUNTRIES.contains(this.nationality)) {
			violations.add(new RuleViolation("nationality", "unknown-country", this.nationality));
		}
		return violations;
	}

	/**
	 * Whether {@code other} has the same organisation and jurisdiction: the researcher's facts that an expert's
	 * events carry too.
	 */
	public boolean sameAffiliationAs(ResearcherProfile other) {
		return Objects.equals(this.organisationId, other.organisationId)
				&& this.jurisdiction.equals(other.jurisdiction);
	}

}
