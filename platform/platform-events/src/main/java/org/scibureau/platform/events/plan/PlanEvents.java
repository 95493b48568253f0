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

	/** All of them. */
	public static final List<EventType<?>> ALL = List.of(PLAN_PUBLISHED, CALL_OPENED, CALL_CLOSED,
			ORGANISATION_REGISTERED, ORGANISATION_UPDATED);

	private PlanEvents() {
	}

}
