package org.scibureau.platform.events.plan;

import java.util.UUID;

import org.scibureau.platform.events.PublishedEvent;

/**
 * An event on the project stream ({@link PlanTopics#PROJECT}), one per transition a partner needs to follow the
 * project from its submission to its closure. Each carries the project's identifying facts and its state after the
 * fact, so a subscriber rebuilds every project's state from the stream alone. Drafts are the applicant's and are
 * not published.
 */
public sealed interface ProjectEvent extends PublishedEvent
		permits ProjectSubmitted, ProjectFormalCheckStarted, ProjectReturned, ProjectWithdrawn, ProjectReviewStarted,
				ProjectRejected, ProjectApproved, ProjectFundingRequested, ProjectContracted, ProjectStarted,
				MilestoneAccepted, ProjectMidtermChecked, ProjectAcceptanceRequested, ProjectAccepted,
				ProjectAcceptanceFailed, ProjectClosed, ProjectSuspended, ProjectResumed, ProjectTerminated {

	/** The project. */
	UUID projectId();

	/** The officials' reference, e.g. {@code PRJ-2026-000123}. */
	String reference();

	/** The call the project applied to. */
	UUID callId();

	/** The program the project belongs to. */
	UUID programId();

	/** The applicant organisation. */
	UUID organisationId();

	/** The principal investigator (talent id). */
	UUID principalInvestigatorId();

	/** The administrative division owning the project. */
	String jurisdiction();

	/** The project's state after the fact. */
	String status();

	@Override
	default UUID aggregateId() {
		return projectId();
	}

}
