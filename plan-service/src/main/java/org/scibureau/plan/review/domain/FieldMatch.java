package org.scibureau.plan.review.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How an expert's fields cover a project's: the project's fields the expert covers and those it does not.
 * <p>
 * The {@linkplain #mismatch() mismatch}, which the assignment minimises, is the number of the project's fields the
 * expert does not cover; 0 is a perfect match. It counts what the reviewer would be unqualified to judge. Fields of
 * the expert beyond the project's cost nothing, so a broad expert is not penalised as a Jaccard distance would
 * penalise them, and an integer cost keeps the optimisation exact. Fields compare ignoring case and surrounding
 * space.
 *
 * @param matchedFields the project's fields the expert covers, in the project's order
 * @param missingFields the project's fields the expert does not cover, in the project's order
 */
public record FieldMatch(List<String> matchedFields, List<String> missingFields) {

	public FieldMatch {
		matchedFields = List.copyOf(matchedFields);
		missingFields = List.copyOf(missingFields);
	}

	/** How the expert's fields cover the project's. */
	public static FieldMatch of(ProjectProfile project, Expert expert) {
		Set<String> covered = new HashSet<>();
		expert.fields().forEach((field) -> covered.add(normalised(field)));
		Set<String> seen = new HashSet<>();
		List<String> matched = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String field : project.fields()) {
			String key = normalised(field);
			if (seen.add(key)) {
				(covered.contains(key) ? matched : missing).add(field);
			}
		}
		return new FieldMatch(matched, missing);
	}

	/** The number of the project's fields the expert does not cover. */
	public int mismatch() {
		return this.missingFields.size();
	}

	private static String normalised(String field) {
		return field.strip().toLowerCase(Locale.ROOT);
	}

}
