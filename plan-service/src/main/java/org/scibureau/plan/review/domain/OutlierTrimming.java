package org.scibureau.plan.review.domain;

/**
 * From how many scores a criterion's single lowest and highest are dropped before averaging; the shipped default
 * is {@value Consensus#DEFAULT_TRIM_THRESHOLD}.
 *
 * @param fromScores at least 3, so that at least one score remains
 */
public record OutlierTrimming(int fromScores) {

	public OutlierTrimming {
		if (fromScores < 3) {
			throw new IllegalArgumentException("Trimming needs at least 3 scores, so that one remains: " + fromScores);
		}
	}

}
