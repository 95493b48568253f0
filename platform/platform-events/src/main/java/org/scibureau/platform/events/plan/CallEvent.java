package org.scibureau.platform.events.plan;

import java.util.UUID;

import org.scibureau.platform.events.PublishedEvent;

/**
 * An event on the call-for-proposals stream ({@link PlanTopics#CALL}).
 */
public sealed interface CallEvent extends PublishedEvent permits CallOpened, CallClosed {

	/** The call the event is about. */
	UUID callId();

	@Override
	default UUID aggregateId() {
		return callId();
	}

}
