package org.scibureau.bench;

/**
 * A goal of the issue, as a figure taken in the run compared with its bound.
 *
 * @param name what is compared, e.g. {@code gateway/direct throughput, zero-delay backend}
 * @param value the figure measured
 * @param atLeast whether the figure must be at least the bound (else at most)
 * @param bound the bound
 * @param unit the figure's unit, e.g. {@code ×} for a ratio or {@code ms}
 */
public record Goal(String name, double value, boolean atLeast, double bound, String unit) {

	/** Whether the figure keeps to its bound. */
	public boolean met() {
		return this.atLeast ? this.value >= this.bound : this.value <= this.bound;
	}

}
