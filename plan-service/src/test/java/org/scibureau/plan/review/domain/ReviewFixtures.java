package org.scibureau.plan.review.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Projects and experts for review tests, with small readable ids.
 */
final class ReviewFixtures {

	static final UUID APPLICANT = id(100);

	static final UUID OTHER_ORGANISATION = id(101);

	static final UUID PI = id(200);

	static final UUID TEAM_MEMBER = id(201);

	private ReviewFixtures() {
	}

	/** A readable id: {@code 00000000-0000-0000-0000-0000000000NN} in hex. */
	static UUID id(long n) {
		return new UUID(0, n);
	}

	/** The applicant's project led by {@link #PI} with {@link #TEAM_MEMBER}. */
	static ProjectProfile project(UUID id, String... fields) {
		return new ProjectProfile(id, APPLICANT, PI, Set.of(TEAM_MEMBER), List.of(fields));
	}

	/** An available expert of another organisation without declared conflicts. */
	static Expert expert(UUID id, String... fields) {
		return new Expert(id, OTHER_ORGANISATION, List.of(fields), Set.of(), Set.of(), true);
	}

	/** A conflict that makes the expert ineligible for the project. */
	static Conflict unavailable(UUID projectId, UUID expertId) {
		return new Conflict(projectId, expertId, ConflictKind.UNAVAILABLE, null, null);
	}

}
