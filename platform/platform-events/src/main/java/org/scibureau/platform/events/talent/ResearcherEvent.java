package org.scibureau.platform.events.talent;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scibureau.platform.events.PublishedEvent;

/**
 * An event on the researcher stream ({@link TalentTopics#RESEARCHER}); each carries the researcher's current
 * public facts, so a consumer's read model needs only the latest one. Names and other personal data stay in
 * talent-service: a researcher appears by id.
 */
public sealed interface ResearcherEvent extends PublishedEvent permits ResearcherRegistered, ResearcherUpdated {

	/** The researcher: the talent id that tokens carry as {@code talent_id}. */
	UUID researcherId();

	/** The researcher's ORCID iD ({@code 0000-0002-1825-0097}), if they have one. */
	@Nullable String orcid();

	/** The organisation employing the researcher, if any. */
	@Nullable UUID organisationId();

	/** Research fields, as codes of the national discipline classification or free keywords. */
	List<String> fields();

	/** The administrative division owning the record. */
	String jurisdiction();

	@Override
	default UUID aggregateId() {
		return researcherId();
	}

}
