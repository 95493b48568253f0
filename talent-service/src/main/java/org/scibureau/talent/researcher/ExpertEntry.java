package org.scibureau.talent.researcher;

import java.time.Instant;

import org.scibureau.platform.events.talent.ExpertRegistered;
import org.scibureau.platform.events.talent.ExpertUpdated;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.talent.researcher.domain.Expert;
import org.scibureau.talent.researcher.domain.ExpertProfile;
import org.scibureau.talent.researcher.domain.Researcher;

/**
 * An expert with the researcher it is: views and events need both, since the expert's organisation and
 * jurisdiction are the researcher's.
 *
 * @param expert the review profile
 * @param researcher the researcher
 */
record ExpertEntry(Expert expert, Researcher researcher) {

	/** The event of the expert joining the review pool. */
	ExpertRegistered registeredEvent() {
		ExpertProfile profile = this.expert.profile();
		return new ExpertRegistered(UuidV7.next(), this.expert.createdAt(), this.expert.id(),
				this.researcher.profile().organisationId(), profile.reviewFields(), profile.conflictOrganisationIds(),
				profile.conflictResearcherIds(), profile.available(), profile.unavailableUntil(),
				this.researcher.profile().jurisdiction());
	}

	/** The event of the expert's current facts having changed at {@code occurredAt}. */
	ExpertUpdated updatedEvent(Instant occurredAt) {
		ExpertProfile profile = this.expert.profile();
		return new ExpertUpdated(UuidV7.next(), occurredAt, this.expert.id(),
				this.researcher.profile().organisationId(), profile.reviewFields(), profile.conflictOrganisationIds(),
				profile.conflictResearcherIds(), profile.available(), profile.unavailableUntil(),
				this.researcher.profile().jurisdiction());
	}

}
