package org.scibureau.platform.events.plan;

import java.util.UUID;

import org.scibureau.platform.events.PublishedEvent;

/**
 * An event on the plan stream ({@link PlanTopics#PLAN}).
 */
public sealed interface PlanEvent extends PublishedEvent permits PlanPublished {

	/** The plan the event is about. */
	UUID planId();

	@Override
	default UUID aggregateId() {
		return planId();
	}

}
