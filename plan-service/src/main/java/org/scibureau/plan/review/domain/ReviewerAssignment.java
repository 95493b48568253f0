package org.scibureau.plan.review.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.review.domain.AssignmentPlan.Assignment;
import org.scibureau.plan.review.domain.AssignmentPlan.Exclusion;
import org.scibureau.plan.review.domain.AssignmentPlan.ProjectAssignment;
import org.scibureau.plan.review.domain.AssignmentPlan.Shortfall;
import org.scibureau.plan.review.domain.AssignmentPlan.ShortfallReason;

/**
 * Assigns reviewers to a batch of projects optimally rather than first come, first served: each project gets
 * {@code k} distinct experts free of conflicts with it, no expert gets more than {@code m} projects, and the total
 * {@linkplain FieldMatch#mismatch() mismatch} is as small as possible.
 * <p>
 * The problem is a minimum-cost flow ({@link MinCostFlow}) through the network
 *
 * <pre>
 * source --(k, 0)--&gt; project --(1, mismatch)--&gt; expert --(m, 0)--&gt; sink
 * </pre>
 *
 * with an arc labelled (capacity, cost) from a project to every expert that has no conflict with it. A unit of flow
 * through project p and expert e assigns e to p; the capacities give the quotas and keep each pair to one
 * assignment. A maximum flow of minimum cost therefore makes as many assignments as the conflicts and quotas allow
 * (all of them when a full assignment exists) and, among those, the cheapest ones.
 * <p>
 * When some project gets fewer than {@code k} reviewers, either fewer than {@code k} experts are eligible for it,
 * or every eligible expert not assigned to it is at {@code m} projects (otherwise the flow could grow), and the
 * plan says which.
 * <p>
 * The outcome depends only on the input's content, not its order: projects and experts are numbered in id order
 * and the flow breaks ties by that numbering, so among equally cheap assignments the same one is always chosen.
 */
public final class ReviewerAssignment {

	private ReviewerAssignment() {
	}

	/**
	 * The optimal assignment of reviewers.
	 * @param projects the projects to review; ids must be distinct
	 * @param experts the experts to draw from; ids must be distinct
	 * @param conflicts the conflicts between them (see {@link ConflictOfInterest}): an expert is eligible for a
	 * project exactly when no conflict names the pair
	 * @param reviewersPerProject how many reviewers each project should get ({@code k}, at least 1)
	 * @param maxProjectsPerExpert how many projects an expert may review at most ({@code m}, at least 1)
	 * @return the plan, with a shortfall for each project that could not get all its reviewers
	 */
	public static AssignmentPlan assign(List<ProjectProfile> projects, List<Expert> experts, List<Conflict> conflicts,
			int reviewersPerProject, int maxProjectsPerExpert) {
		if (reviewersPerProject < 1 || maxProjectsPerExpert < 1) {
			throw new IllegalArgumentException("Reviewers per project and projects per expert must be at least 1");
		}
		List<ProjectProfile> orderedProjects = inIdOrder(projects, ProjectProfile::id);
		List<Expert> orderedExperts = inIdOrder(experts, Expert::id);
		Map<UUID, Map<UUID, List<Conflict>>> conflictsByProjectAndExpert = group(conflicts, orderedProjects,
				orderedExperts);

		int source = 0;
		int sink = orderedProjects.size() + orderedExperts.size() + 1;
		MinCostFlow network = new MinCostFlow(sink + 1);
		List<List<Candidate>> candidatesByProject = new ArrayList<>();
		for (int p = 0; p < orderedProjects.size(); p++) {
			ProjectProfile project = orderedProjects.get(p);
			Map<UUID, List<Conflict>> excluded = conflictsByProjectAndExpert.getOrDefault(project.id(), Map.of());
			network.addArc(source, projectNode(p), reviewersPerProject, 0);
			List<Candidate> candidates = new ArrayList<>();
			for (int e = 0; e < orderedExperts.size(); e++) {
				Expert expert = orderedExperts.get(e);
				if (!excluded.containsKey(expert.id())) {
					FieldMatch match = FieldMatch.of(project, expert);
					MinCostFlow.Arc arc = network.addArc(projectNode(p), expertNode(orderedProjects, e), 1,
							match.mismatch());
					candidates.add(new Candidate(new Assignment(expert.id(), match), arc));
				}
			}
			candidatesByProject.add(candidates);
		}
		for (int e = 0; e < orderedExperts.size(); e++) {
			network.addArc(expertNode(orderedProjects, e), sink, maxProjectsPerExpert, 0);
		}
		network.run(source, sink);

		List<ProjectAssignment> assignments = new ArrayList<>();
		for (int p = 0; p < orderedProjects.size(); p++) {
			UUID projectId = orderedProjects.get(p).id();
			assignments.add(explain(projectId, candidatesByProject.get(p),
					conflictsByProjectAndExpert.getOrDefault(projectId, Map.of()), reviewersPerProject));
		}
		return new AssignmentPlan(reviewersPerProject, maxProjectsPerExpert, assignments);
	}

	private static ProjectAssignment explain(UUID projectId, List<Candidate> candidates,
			Map<UUID, List<Conflict>> conflictsByExpert, int reviewersPerProject) {
		List<Assignment> reviewers = candidates.stream()
			.filter((candidate) -> candidate.arc().flow() == 1)
			.map(Candidate::assignment)
			.sorted(Comparator.comparingInt(Assignment::mismatch).thenComparing(Assignment::expertId))
			.toList();
		List<Exclusion> exclusions = conflictsByExpert.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> new Exclusion(entry.getKey(),
					entry.getValue().stream().distinct().sorted(Conflict.REPORTING_ORDER).toList()))
			.toList();
		int missing = reviewersPerProject - reviewers.size();
		@Nullable Shortfall shortfall = null;
		if (missing > 0) {
			shortfall = new Shortfall(missing, (candidates.size() < reviewersPerProject)
					? ShortfallReason.TOO_FEW_ELIGIBLE_EXPERTS : ShortfallReason.ELIGIBLE_EXPERTS_AT_CAPACITY);
		}
		return new ProjectAssignment(projectId, reviewers, exclusions, candidates.size(), shortfall);
	}

	/** The conflicts by project and expert; refuses conflicts that name a project or expert not in the batch. */
	private static Map<UUID, Map<UUID, List<Conflict>>> group(List<Conflict> conflicts, List<ProjectProfile> projects,
			List<Expert> experts) {
		Set<UUID> projectIds = projects.stream().map(ProjectProfile::id).collect(Collectors.toSet());
		Set<UUID> expertIds = experts.stream().map(Expert::id).collect(Collectors.toSet());
		Map<UUID, Map<UUID, List<Conflict>>> grouped = new HashMap<>();
		for (Conflict conflict : conflicts) {
			if (!projectIds.contains(conflict.projectId()) || !expertIds.contains(conflict.expertId())) {
				throw new IllegalArgumentException("A conflict names a project or expert outside the batch: "
						+ conflict);
			}
			grouped.computeIfAbsent(conflict.projectId(), (key) -> new HashMap<>())
				.computeIfAbsent(conflict.expertId(), (key) -> new ArrayList<>())
				.add(conflict);
		}
		return grouped;
	}

	private static <T> List<T> inIdOrder(List<T> items, Function<T, UUID> id) {
		List<T> ordered = items.stream().sorted(Comparator.comparing(id)).toList();
		for (int i = 1; i < ordered.size(); i++) {
			if (id.apply(ordered.get(i)).equals(id.apply(ordered.get(i - 1)))) {
				throw new IllegalArgumentException("Duplicate id " + id.apply(ordered.get(i)));
			}
		}
		return ordered;
	}

	private static int projectNode(int project) {
		return 1 + project;
	}

	private static int expertNode(List<ProjectProfile> projects, int expert) {
		return 1 + projects.size() + expert;
	}

	/** An expert eligible for a project and the arc whose flow says whether they were assigned. */
	private record Candidate(Assignment assignment, MinCostFlow.Arc arc) {
	}

}
