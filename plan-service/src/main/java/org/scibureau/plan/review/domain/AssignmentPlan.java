package org.scibureau.plan.review.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The reviewers assigned to a batch of projects, explaining every choice and every exclusion.
 *
 * @param reviewersPerProject how many reviewers each project should get
 * @param maxProjectsPerExpert how many projects an expert may review at most
 * @param projects each project's reviewers, exclusions and shortfall, in project id order
 */
public record AssignmentPlan(int reviewersPerProject, int maxProjectsPerExpert, List<ProjectAssignment> projects) {

	public AssignmentPlan {
		projects = List.copyOf(projects);
	}

	/** Whether every project got all its reviewers. */
	public boolean complete() {
		return this.projects.stream().allMatch((project) -> project.shortfall() == null);
	}

	/** The projects that got fewer reviewers than they should. */
	public List<ProjectAssignment> shortOfReviewers() {
		return this.projects.stream().filter((project) -> project.shortfall() != null).toList();
	}

	/** The number of assignments made. */
	public int assignments() {
		return this.projects.stream().mapToInt((project) -> project.reviewers().size()).sum();
	}

	/** The sum of the mismatches of all assignments, which the plan minimises. */
	public int totalMismatch() {
		return this.projects.stream()
			.flatMap((project) -> project.reviewers().stream())
			.mapToInt(Assignment::mismatch)
			.sum();
	}

	/**
	 * One project's share of the plan.
	 *
	 * @param projectId the project
	 * @param reviewers the experts assigned, by mismatch then expert id
	 * @param exclusions the experts that may not review it, by expert id, each with all its reasons
	 * @param eligibleExperts how many experts had no conflict with the project
	 * @param shortfall why it got fewer reviewers than it should, or {@code null} when it got them all
	 */
	public record ProjectAssignment(UUID projectId, List<Assignment> reviewers, List<Exclusion> exclusions,
			int eligibleExperts, @Nullable Shortfall shortfall) {

		public ProjectAssignment {
			Objects.requireNonNull(projectId, "projectId");
			reviewers = List.copyOf(reviewers);
			exclusions = List.copyOf(exclusions);
		}

	}

	/**
	 * An expert assigned to a project, and how their fields match it.
	 *
	 * @param expertId the expert
	 * @param match the project's fields the expert covers and those it does not
	 */
	public record Assignment(UUID expertId, FieldMatch match) {

		/** The cost of the assignment: the number of the project's fields the expert does not cover. */
		public int mismatch() {
			return this.match.mismatch();
		}

	}

	/**
	 * An expert that may not review a project.
	 *
	 * @param expertId the expert
	 * @param conflicts every reason, in {@link ConflictKind} order
	 */
	public record Exclusion(UUID expertId, List<Conflict> conflicts) {

		public Exclusion {
			conflicts = List.copyOf(conflicts);
		}

	}

	/**
	 * Why a project got fewer reviewers than it should.
	 *
	 * @param missingReviewers how many reviewers it lacks
	 * @param reason why
	 */
	public record Shortfall(int missingReviewers, ShortfallReason reason) {
	}

	/** Why a project could not get all its reviewers. */
	public enum ShortfallReason {

		/** Fewer experts than the project needs are free of conflicts with it. */
		TOO_FEW_ELIGIBLE_EXPERTS,

		/** Enough experts are eligible, but those not assigned to it already review as many projects as allowed. */
		ELIGIBLE_EXPERTS_AT_CAPACITY

	}

}
