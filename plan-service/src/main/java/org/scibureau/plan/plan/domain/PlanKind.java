package org.scibureau.plan.plan.domain;

/**
 * The two kinds of plan and the periods they may span.
 */
public enum PlanKind {

	/** A medium- or long-term plan, e.g. a five-year plan: 5 to 15 years. */
	MEDIUM_LONG_TERM(5, 15),

	/** An annual plan: one year. */
	ANNUAL(1, 1);

	private final int minYears;

	private final int maxYears;

	PlanKind(int minYears, int maxYears) {
		this.minYears = minYears;
		this.maxYears = maxYears;
	}

	/** Whether a plan of this kind may span {@code years} years. */
	public boolean allows(int years) {
		return years >= this.minYears && years <= this.maxYears;
	}

	public int minYears() {
		return this.minYears;
	}

	public int maxYears() {
		return this.maxYears;
	}

}
