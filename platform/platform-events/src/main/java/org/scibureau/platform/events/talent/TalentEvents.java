package org.scibureau.platform.events.talent;

import java.util.List;

import org.scibureau.platform.events.EventType;

/**
 * The event types talent-service publishes.
 */
public final class TalentEvents {

	/** The CloudEvents {@code source} of every talent-service event. */
	public static final String SOURCE = "/scibureau/talent-service";

	public static final EventType<ResearcherRegistered> RESEARCHER_REGISTERED = new EventType<>(
			ResearcherRegistered.class, "org.scibureau.talent.researcher.registered.v1", SOURCE, TalentTopics.RESEARCHER);

	public static final EventType<ResearcherUpdated> RESEARCHER_UPDATED = new EventType<>(ResearcherUpdated.class,
			"org.scibureau.talent.researcher.updated.v1", SOURCE, TalentTopics.RESEARCHER);

	public static final EventType<ExpertRegistered> EXPERT_REGISTERED = new EventType<>(ExpertRegistered.class,
			"org.scibureau.talent.expert.registered.v1", SOURCE, TalentTopics.EXPERT);

	public static final EventType<ExpertUpdated> EXPERT_UPDATED = new EventType<>(ExpertUpdated.class,
			"org.scibureau.talent.expert.updated.v1", SOURCE, TalentTopics.EXPERT);

	public static final EventType<IntegritySanctionImposed> INTEGRITY_SANCTION_IMPOSED = new EventType<>(
			IntegritySanctionImposed.class, "org.scibureau.talent.integrity-sanction.imposed.v1", SOURCE,
			TalentTopics.INTEGRITY);

	public static final EventType<IntegritySanctionLifted> INTEGRITY_SANCTION_LIFTED = new EventType<>(
			IntegritySanctionLifted.class, "org.scibureau.talent.integrity-sanction.lifted.v1", SOURCE,
			TalentTopics.INTEGRITY);

	/** All of them. */
	public static final List<EventType<?>> ALL = List.of(RESEARCHER_REGISTERED, RESEARCHER_UPDATED, EXPERT_REGISTERED,
			EXPERT_UPDATED, INTEGRITY_SANCTION_IMPOSED, INTEGRITY_SANCTION_LIFTED);

	private TalentEvents() {
	}

}
