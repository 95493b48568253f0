package org.scibureau.plan.review.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The recusal rules: finds every reason why an expert may not review a project.
 * <p>
 * A collaboration counts when the expert and the project's principal investigator both took part in another
 * project dated on or after the reference date minus the lookback period: with a lookback of 3 years and a
 * reference date of 2026-05-10, a project of 2023-05-10 still counts and one of 2023-05-09 no longer does.
 * Projects dated after the reference date (already under way) count too.
 */
public final class ConflictOfInterest {

	private static final Comparator<Collaboration> BY_DATE_THEN_PROJECT = Comparator.comparing(Collaboration::date)
		.thenComparing(Collaboration::projectId);

	private final Map<UUID, List<Collaboration>> recentCollaborationsByResearcher = new HashMap<>();

	/**
	 * Recusal rules over the platform's history.
	 * @param collaborationLookbackYears how many years back a shared project is a conflict (rules as data)
	 * @param referenceDate the day the review is organised
	 * @param history the earlier projects and their participants
	 */
	public ConflictOfInterest(int collaborationLookbackYears, LocalDate referenceDate, List<Collaboration> history) {
		if (collaborationLookbackYears < 0) {
			throw new IllegalArgumentException("The collaboration lookback cannot be negative");
		}
		LocalDate since = referenceDate.minusYears(collaborationLookbackYears);
		history.stream()
			.filter((collaboration) -> !collaboration.date().isBefore(since))
			.sorted(BY_DATE_THEN_PROJECT)
			.forEach((collaboration) -> collaboration.participantIds()
				.forEach((researcher) -> this.recentCollaborationsByResearcher
					.computeIfAbsent(researcher, (key) -> new ArrayList<>())
					.add(collaboration)));
	}

	/**
	 * Every conflict between one project and one expert, in {@link ConflictKind} order; empty when the expert may
	 * review the project.
	 */
	public List<Conflict> between(ProjectProfile project, Expert expert) {
		List<Conflict> conflicts = new ArrayList<>();
		UUID pi = project.principalInvestigatorId();
		if (project.organisationId().equals(expert.organisationId())) {
			conflicts.add(conflict(project, expert, ConflictKind.SAME_ORGANISATION, project.organisationId(), null));
		}
		if (pi.equals(expert.id()) || project.teamMemberIds().contains(expert.id())) {
			conflicts.add(conflict(project, expert, ConflictKind.TEAM_MEMBER, null, null));
		}
		if (expert.declaredConflictOrganisationIds().contains(project.organisationId())) {
			conflicts
				.add(conflict(project, expert, ConflictKind.DECLARED_ORGANISATION, project.organisationId(), null));
		}
		researchersOf(project).stream()
			.filter(expert.declaredConflictResearcherIds()::contains)
			.forEach((researcher) -> conflicts
				.add(conflict(project, expert, ConflictKind.DECLARED_RESEARCHER, researcher, null)));
		if (!pi.equals(expert.id())) {
			this.recentCollaborationsByResearcher.getOrDefault(expert.id(), List.of())
				.stream()
				.filter((collaboration) -> !collaboration.projectId().equals(project.id())
						&& collaboration.participantIds().contains(pi))
				.forEach((collaboration) -> conflicts.add(conflict(project, expert, ConflictKind.COLLABORATION,
						collaboration.projectId(), collaboration.date())));
		}
		if (!expert.available()) {
			conflicts.add(conflict(project, expert, ConflictKind.UNAVAILABLE, null, null));
		}
		return conflicts;
	}

	/** Every conflict between any of the projects and any of the experts. */
	public List<Conflict> among(List<ProjectProfile> projects, List<Expert> experts) {
		List<Conflict> conflicts = new ArrayList<>();
		for (ProjectProfile project : projects) {
			for (Expert expert : experts) {
				conflicts.addAll(between(project, expert));
			}
		}
		return conflicts;
	}

	/** The principal investigator first, then the other team members in id order. */
	private static Set<UUID> researchersOf(ProjectProfile project) {
		Set<UUID> researchers = new LinkedHashSet<>();
		researchers.add(project.principalInvestigatorId());
		project.teamMemberIds().stream().sorted().forEach(researchers::add);
		return researchers;
	}

	private static Conflict conflict(ProjectProfile project, Expert expert, ConflictKind kind,
			@Nullable UUID subjectId, @Nullable LocalDate subjectDate) {
		return new Conflict(project.id(), expert.id(), kind, subjectId, subjectDate);
	}

}
