package org.scibureau.platform.events.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scibureau.platform.events.PublishedEvent;

/**
 * An event on the expert stream ({@link TalentTopics#EXPERT}); each carries the expert's current review profile,
 * so a consumer's read model needs only the latest one. An expert is a researcher of the talent pool: the expert
 * id is the researcher's talent id.
 */
public sealed interface ExpertEvent extends PublishedEvent permits ExpertRegistered, ExpertUpdated {

	/** The expert: the researcher's talent id. */
	UUID expertId();

	/** The organisation employing the expert, if any (retired experts may have none). */
	@Nullable UUID organisationId();

	/** The fields the expert reviews in. */
	List<String> fields();

	/** Organisations the expert declared a conflict of interest with. */
	List<UUID> conflictOrganisationIds();

	/** Researchers (talent ids) the expert declared a conflict of interest with. */
	List<UUID> conflictResearcherIds();

	/** Whether the expert currently accepts review assignments. */
	boolean available();

	/** When an unavailable expert expects to be available again, if known. */
	@Nullable LocalDate unavailableUntil();

	/** The administrative division owning the record. */
	String jurisdiction();

	@Override
	default UUID aggregateId() {
		return expertId();
	}

}
