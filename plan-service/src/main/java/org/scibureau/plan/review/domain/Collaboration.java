package org.scibureau.plan.review.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A project of the platform's own history and the researchers who took part in it, from which collaboration
 * conflicts are computed.
 *
 * @param projectId the earlier project
 * @param date when it started (the first day of its year when only the year is known)
 * @param participantIds its principal investigator and team members
 */
public record Collaboration(UUID projectId, LocalDate date, Set<UUID> participantIds) {

	public Collaboration {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(date, "date");
		participantIds = Set.copyOf(participantIds);
	}

}
