package org.scibureau.plan.project.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The applicant's report that a milestone is reached, and the officer's acceptance of it. Until accepted, a new
 * report replaces the previous one.
 *
 * @param milestoneId the milestone reported
 * @param report what was achieved and delivered
 * @param reportedAt when it was (last) reported
 * @param acceptedAt when the officer accepted it, if they did
 */
public record MilestoneReport(UUID milestoneId, String report, Instant reportedAt, @Nullable Instant acceptedAt) {

	/** Whether the officer accepted the milestone. */
	public boolean accepted() {
		return this.acceptedAt != null;
	}

}
