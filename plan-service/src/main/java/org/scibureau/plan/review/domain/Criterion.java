package org.scibureau.plan.review.domain;

import java.util.Objects;

/**
 * A review criterion and its weight in the total, e.g. innovation weighing 30 of 100.
 *
 * @param code the criterion's stable code, e.g. {@code innovation}
 * @param weight its share of the total, in points of 100
 */
public record Criterion(String code, int weight) {

	public Criterion {
		Objects.requireNonNull(code, "code");
	}

}
