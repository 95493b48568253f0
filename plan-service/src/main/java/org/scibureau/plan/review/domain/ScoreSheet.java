package org.scibureau.plan.review.domain;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One expert's scores for one project, by criterion code; {@link ReviewCriteria#violationsOf(ScoreSheet)} says
 * whether it is complete and in range.
 *
 * @param projectId the project
 * @param expertId the expert who scored it
 * @param scores the score per criterion code, from 0 to 100
 */
public record ScoreSheet(UUID projectId, UUID expertId, Map<String, Integer> scores) {

	public ScoreSheet {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(expertId, "expertId");
		scores = Map.copyOf(scores);
	}

}
