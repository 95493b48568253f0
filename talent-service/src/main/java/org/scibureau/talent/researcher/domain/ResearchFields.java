package org.scibureau.talent.researcher.domain;

import java.util.List;

/**
 * Research fields as the talent pool keeps them: trimmed, each once in the order first given, one to
 * {@value #MAX} of them. They are codes of the national discipline classification or free keywords.
 */
final class ResearchFields {

	/** The most fields a profile lists. */
	static final int MAX = 20;

	private ResearchFields() {
	}

	/**
	 * The fields trimmed and without repetitions.
	 * @throws IllegalArgumentException when a field is blank or there are none or more than {@value #MAX}
	 */
	static List<String> normalise(List<String> fields) {
		List<String> normalised = fields.stream().map(String::strip).distinct().toList();
		if (normalised.contains("")) {
			throw new IllegalArgumentException("A research field must not be blank");
		}
		if (normalised.isEmpty() || normalised.size() > MAX) {
			throw new IllegalArgumentException("A profile lists 1 to " + MAX + " fields, not " + normalised.size());
		}
		return normalised;
	}

}
