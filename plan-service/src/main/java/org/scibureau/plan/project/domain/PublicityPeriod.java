package org.scibureau.plan.project.domain;

/**
 * How long an approval is publicly noticed (公示) before its task contract may be signed: the contract may be
 * signed from the approval day plus this many days (0: on the approval day itself). Municipal practice is 5 to 7
 * days; the figure is data.
 *
 * @param days from 0 to {@value #MAX_DAYS}
 */
public record PublicityPeriod(int days) {

	/** The longest period accepted, well beyond any practice, so that a typo cannot block every contract. */
	public static final int MAX_DAYS = 90;

	public PublicityPeriod {
		if (days < 0 || days > MAX_DAYS) {
			throw new IllegalArgumentException("A publicity period lasts 0 to " + MAX_DAYS + " days: " + days);
		}
	}

}
