package org.scibureau.plan.review.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One reason why an expert may not review a project, with the data a message in either language needs.
 * <p>
 * What {@code subjectId} and {@code subjectDate} name depends on the kind:
 * <ul>
 * <li>{@link ConflictKind#SAME_ORGANISATION}, {@link ConflictKind#DECLARED_ORGANISATION}: the applicant
 * organisation; no date</li>
 * <li>{@link ConflictKind#DECLARED_RESEARCHER}: the declared researcher on the project; no date</li>
 * <li>{@link ConflictKind#COLLABORATION}: the earlier project and its date</li>
 * <li>{@link ConflictKind#TEAM_MEMBER}, {@link ConflictKind#UNAVAILABLE}: neither</li>
 * </ul>
 *
 * @param projectId the project
 * @param expertId the expert who may not review it
 * @param kind the reason
 * @param subjectId the organisation, researcher or project the reason names, if any
 * @param subjectDate the date the reason names, if any
 */
public record Conflict(UUID projectId, UUID expertId, ConflictKind kind, @Nullable UUID subjectId,
		@Nullable LocalDate subjectDate) {

	/** The order conflicts are reported in: by kind, then subject, then date. */
	static final Comparator<Conflict> REPORTING_ORDER = Comparator.comparing(Conflict::kind)
		.thenComparing(Conflict::subjectId, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Conflict::subjectDate, Comparator.nullsFirst(Comparator.naturalOrder()));

	public Conflict {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(expertId, "expertId");
		Objects.requireNonNull(kind, "kind");
	}

}
