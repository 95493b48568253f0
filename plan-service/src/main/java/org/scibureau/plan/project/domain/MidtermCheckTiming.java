package org.scibureau.plan.project.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a project's mid-term check is held (municipal practice varies; the shipped defaults, unverified, are: not
 * before 40% of the planned period has run, and required before acceptance for projects of 24 months or more).
 *
 * @param earliestPercent the share of the planned period, 0 to 100, that must have run before the check
 * @param requiredFromMonths projects planned for at least this many months cannot request acceptance without a
 * mid-term check; 0 requires it of every project, a figure above {@link ProjectContent#MAX_DURATION_MONTHS} of none
 */
public record MidtermCheckTiming(int earliestPercent, int requiredFromMonths) {

	public MidtermCheckTiming {
		if (earliestPercent < 0 || earliestPercent > 100) {
			throw new IllegalArgumentException("The earliest point of a mid-term check is a share of 0 to 100 percent"
					+ " of the project's period: " + earliestPercent);
		}
		if (requiredFromMonths < 0) {
			throw new IllegalArgumentException("A duration in months cannot be negative: " + requiredFromMonths);
		}
	}

	/**
	 * The first day a project's mid-term check may be held: its start day plus the share of its planned days,
	 * rounded up, so that the share has fully run.
	 */
	public LocalDate earliestDay(ProjectContent content) {
		long plannedDays = ChronoUnit.DAYS.between(content.startDate(), content.endDate()) + 1;
		return content.startDate().plusDays(Math.ceilDiv(plannedDays * this.earliestPercent, 100));
	}

	/** Whether the project must pass a mid-term check before requesting its acceptance. */
	public boolean required(ProjectContent content) {
		return content.durationMonths() >= this.requiredFromMonths;
	}

}
