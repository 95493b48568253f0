package org.scibureau.platform.events.plan;

import java.util.UUID;

import org.scibureau.platform.events.PublishedEvent;

/**
 * An event on the organisation registry's stream ({@link PlanTopics#ORGANISATION}); each carries the
 * organisation's current public registration facts, so a consumer's read model needs only the latest one.
 */
public sealed interface OrganisationEvent extends PublishedEvent permits OrganisationRegistered, OrganisationUpdated {

	/** The organisation the event is about. */
	UUID organisationId();

	/** Its unified social credit code. */
	String creditCode();

	/** Its registered name. */
	String name();

	/** {@code UNIVERSITY}, {@code RESEARCH_INSTITUTE}, {@code ENTERPRISE}, {@code HOSPITAL} or {@code OTHER}. */
	String type();

	/** The administrative division it belongs to. */
	String jurisdiction();

	@Override
	default UUID aggregateId() {
		return organisationId();
	}

}
