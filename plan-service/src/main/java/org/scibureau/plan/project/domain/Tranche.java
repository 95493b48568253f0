package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One instalment of an approved budget and what releases it.
 *
 * @param sequence the tranche's position, from 1
 * @param amount the amount, in CNY with two places
 * @param trigger what releases it
 * @param milestoneId the milestone whose acceptance releases it, for {@link TrancheTrigger#MILESTONE_ACCEPTED} only
 */
public record Tranche(int sequence, BigDecimal amount, TrancheTrigger trigger, @Nullable UUID milestoneId) {

	public Tranche {
		if ((trigger == TrancheTrigger.MILESTONE_ACCEPTED) != (milestoneId != null)) {
			throw new IllegalArgumentException("Exactly the tranches released by a milestone name one");
		}
	}

}
