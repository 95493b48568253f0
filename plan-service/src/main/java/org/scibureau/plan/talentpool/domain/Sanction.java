package org.scibureau.plan.talentpool.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A research-integrity sanction as plan-service knows it.
 *
 * @param id the sanction
 * @param researcherId the sanctioned researcher
 * @param measures the measures decided, e.g. {@code SUSPENSION_OF_FUNDED_ACTIVITY}, {@code TERMINATION_OF_PROJECTS}
 * @param barsApplying whether it bars the researcher from applying for projects
 * @param barsReviewing whether it bars the researcher from reviewing as an expert
 * @param startsOn its first day
 * @param endsOn its last day, or null for life
 * @param liftedAt when it was lifted early, if it was
 */
public record Sanction(UUID id, UUID researcherId, List<String> measures, boolean barsApplying, boolean barsReviewing,
		LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Instant liftedAt) {

	public Sanction {
		measures = List.copyOf(measures);
	}

	/** Whether the sanction is in force on {@code day} (the bureau's calendar day). */
	public boolean activeOn(LocalDate day) {
		return this.liftedAt == null && !day.isBefore(this.startsOn) && (this.endsOn == null || !day.isAfter(this.endsOn));
	}

}
