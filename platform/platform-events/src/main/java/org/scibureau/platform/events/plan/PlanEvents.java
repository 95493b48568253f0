package org.scibureau.platform.events.plan;

import java.util.List;

import org.scibureau.platform.events.EventType;

/**
 * The event types plan-service publishes.
 */
public final class PlanEvents {

	/** The CloudEvents {@code source} of every plan-service event. */
	public static final String SOURCE = "/scibureau/plan-service";

	public static final EventType<PlanPublished> PLAN_PUBLISHED = new EventType<>(PlanPublished.class,
			"org.scibureau.plan.plan.published.v1", SOURCE, PlanTopics.PLAN);

	public static final EventType<CallOpened> CALL_OPENED = new EventType<>(CallOpened.class,
			"org.scibureau.plan.call.opened.v1", SOURCE, PlanTopics.CALL);

	public static final EventType<CallClosed> CALL_CLOSED = new EventType<>(CallClosed.class,
			"org.scibureau.plan.call.closed.v1", SOURCE, PlanTopics.CALL);

	public static final EventType<OrganisationRegistered> ORGANISATION_REGISTERED = new EventType<>(
			OrganisationRegistered.class, "org.scibureau.plan.organisation.registered.v1", SOURCE, PlanTopics.ORGANISATION);

	public static final EventType<OrganisationUpdated> ORGANISATION_UPDATED = new EventType<>(OrganisationUpdated.class,
			"org.scibureau.plan.organisation.updated.v1", SOURCE, PlanTopics.ORGANISATION);

	public static final EventType<ProjectSubmitted> PROJECT_SUBMITTED = new EventType<>(ProjectSubmitted.class,
			"org.scibureau.plan.project.submitted.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectFormalCheckStarted> PROJECT_FORMAL_CHECK_STARTED = new EventType<>(ProjectFormalCheckStarted.class,
			"org.scibureau.plan.project.formal-check-started.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectReturned> PROJECT_RETURNED = new EventType<>(ProjectReturned.class,
			"org.scibureau.plan.project.returned.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectWithdrawn> PROJECT_WITHDRAWN = new EventType<>(ProjectWithdrawn.class,
			"org.scibureau.plan.project.withdrawn.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectReviewStarted> PROJECT_REVIEW_STARTED = new EventType<>(ProjectReviewStarted.class,
			"org.scibureau.plan.project.review-started.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectRejected> PROJECT_REJECTED = new EventType<>(ProjectRejected.class,
			"org.scibureau.plan.project.rejected.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectApproved> PROJECT_APPROVED = new EventType<>(ProjectApproved.class,
			"org.scibureau.plan.project.approved.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectFundingRequested> PROJECT_FUNDING_REQUESTED = new EventType<>(ProjectFundingRequested.class,
			"org.scibureau.plan.project.funding-requested.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectContracted> PROJECT_CONTRACTED = new EventType<>(ProjectContracted.class,
			"org.scibureau.plan.project.contracted.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectStarted> PROJECT_STARTED = new EventType<>(ProjectStarted.class,
			"org.scibureau.plan.project.started.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<MilestoneAccepted> MILESTONE_ACCEPTED = new EventType<>(MilestoneAccepted.class,
			"org.scibureau.plan.project.milestone-accepted.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectMidtermChecked> PROJECT_MIDTERM_CHECKED = new EventType<>(ProjectMidtermChecked.class,
			"org.scibureau.plan.project.midterm-checked.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectAcceptanceRequested> PROJECT_ACCEPTANCE_REQUESTED = new EventType<>(ProjectAcceptanceRequested.class,
			"org.scibureau.plan.project.acceptance-requested.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectAccepted> PROJECT_ACCEPTED = new EventType<>(ProjectAccepted.class,
			"org.scibureau.plan.project.accepted.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectAcceptanceFailed> PROJECT_ACCEPTANCE_FAILED = new EventType<>(ProjectAcceptanceFailed.class,
			"org.scibureau.plan.project.acceptance-failed.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectClosed> PROJECT_CLOSED = new EventType<>(ProjectClosed.class,
			"org.scibureau.plan.project.closed.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectSuspended> PROJECT_SUSPENDED = new EventType<>(ProjectSuspended.class,
			"org.scibureau.plan.project.suspended.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectResumed> PROJECT_RESUMED = new EventType<>(ProjectResumed.class,
			"org.scibureau.plan.project.resumed.v1", SOURCE, PlanTopics.PROJECT);

	public static final EventType<ProjectTerminated> PROJECT_TERMINATED = new EventType<>(ProjectTerminated.class,
			"org.scibureau.plan.project.terminated.v1", SOURCE, PlanTopics.PROJECT);

	/** All of them. */
	public static final List<EventType<?>> ALL = List.of(PLAN_PUBLISHED, CALL_OPENED, CALL_CLOSED,
			ORGANISATION_REGISTERED, ORGANISATION_UPDATED, PROJECT_SUBMITTED, PROJECT_FORMAL_CHECK_STARTED,
			PROJECT_RETURNED, PROJECT_WITHDRAWN, PROJECT_REVIEW_STARTED, PROJECT_REJECTED, PROJECT_APPROVED,
			PROJECT_FUNDING_REQUESTED, PROJECT_CONTRACTED, PROJECT_STARTED, MILESTONE_ACCEPTED, PROJECT_MIDTERM_CHECKED,
			PROJECT_ACCEPTANCE_REQUESTED, PROJECT_ACCEPTED, PROJECT_ACCEPTANCE_FAILED, PROJECT_CLOSED,
			PROJECT_SUSPENDED, PROJECT_RESUMED, PROJECT_TERMINATED);

	private PlanEvents() {
	}

}
