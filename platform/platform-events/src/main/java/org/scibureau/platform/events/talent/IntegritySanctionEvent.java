package org.scibureau.platform.events.talent;

import java.util.UUID;

import org.scibureau.platform.events.PublishedEvent;

/**
 * An event on the research-integrity stream ({@link TalentTopics#INTEGRITY}), keyed by sanction id.
 */
public sealed interface IntegritySanctionEvent extends PublishedEvent
		permits IntegritySanctionImposed, IntegritySanctionLifted {

	/** The sanction the event is about. */
	UUID sanctionId();

	/** The sanctioned researcher (talent id). */
	UUID researcherId();

	@Override
	default UUID aggregateId() {
		return sanctionId();
	}

}
