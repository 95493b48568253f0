package org.scibureau.plan.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.review.ProjectFacts.ProjectSummary;
import org.scibureau.plan.review.domain.AssignmentPlan;
import org.scibureau.plan.review.domain.AssignmentPlan.Assignment;
import org.scibureau.plan.review.domain.AssignmentPlan.Exclusion;
import org.scibureau.plan.review.domain.AssignmentPlan.ProjectAssignment;
import org.scibureau.plan.review.domain.AssignmentPlan.Shortfall;
import org.scibureau.plan.review.domain.Conflict;
import org.scibureau.plan.review.domain.ConflictKind;
import org.scibureau.plan.review.domain.Criterion;
import org.scibureau.plan.review.domain.Decision;
import org.scibureau.plan.review.domain.Review;
import org.scibureau.plan.review.domain.ReviewAction;
import org.scibureau.plan.review.domain.SetAside;
import org.scibureau.plan.review.domain.SubmittedSheet;

/**
 * A review as plan officers see it: every project with its reviewers (and how their fields match), which sheets
 * are in, the experts excluded with every reason, the shortfalls, the experts set aside, and the decision.
 * The experts' scores are not shown here: the ranking shows their consensus.
 *
 * @param id the review
 * @param callId the call reviewed
 * @param planId the plan version of the call's program
 * @param programId the program
 * @param jurisdiction the owning division (the call's)
 * @param status ASSIGNED, SCORED or DECIDED
 * @param allowedActions what may be done next
 * @param reviewersPerProject {@code k}
 * @param maxProjectsPerExpert {@code m}
 * @param collaborationLookbackYears how many years of shared projects excluded an expert
 * @param criteria the criteria scored, with weights
 * @param complete whether every project got all its reviewers
 * @param totalMismatch the sum of the mismatches of all assignments, which the assignment minimised
 * @param projects the projects, in id order
 * @param setAside the experts left out before conflicts were looked at
 * @param decision the decision, once taken
 * @param version the version (the ETag without quotes)
 * @param createdAt when opened
 * @param updatedAt when last changed
 */
record ReviewView(UUID id, UUID callId, UUID planId, UUID programId, String jurisdiction, String status,
		List<String> allowedActions, int reviewersPerProject, int maxProjectsPerExpert, int collaborationLookbackYears,
		List<Criterion> criteria, boolean complete, int totalMismatch, List<ProjectView> projects,
		List<SetAside> setAside, @Nullable Decision decision, long version, Instant createdAt, Instant updatedAt) {

	static ReviewView of(Review review, Map<UUID, ProjectSummary> summaries) {
		AssignmentPlan plan = review.assignment();
		return new ReviewView(review.id(), review.callId(), review.planId(), review.programId(), review.jurisdiction(),
				review.status().name(),
				review.status().allowedActions().stream().map(ReviewAction::actionName).toList(),
				plan.reviewersPerProject(), plan.maxProjectsPerExpert(), review.collaborationLookbackYears(),
				review.criteria().criteria(), plan.complete(), plan.totalMismatch(),
				plan.projects().stream().map((project) -> ProjectView.of(review, project, summaries)).toList(),
				review.setAside(), review.decision(), review.version(), review.createdAt(), review.updatedAt());
	}

	/**
	 * One project of the review.
	 *
	 * @param projectId the project
	 * @param reference its reference
	 * @param title its title
	 * @param fields its research fields
	 * @param requestedAmount the budget it requests, CNY
	 * @param status where the project stands now
	 * @param reviewers the experts assigned, by mismatch then id
	 * @param sheetsIn how many of them have submitted their sheet
	 * @param scored whether every reviewer has (so the project has a consensus and may be approved)
	 * @param eligibleExperts how many experts had no conflict with it
	 * @param exclusions the experts that may not review it, each with every reason
	 * @param shortfall why it got fewer reviewers than it should, if it did
	 */
	record ProjectView(UUID projectId, String reference, String title, List<String> fields,
			BigDecimal requestedAmount, String status, List<ReviewerView> reviewers, int sheetsIn, boolean scored,
			int eligibleExperts, List<ExclusionView> exclusions, @Nullable Shortfall shortfall) {

		static ProjectView of(Review review, ProjectAssignment project, Map<UUID, ProjectSummary> summaries) {
			UUID id = project.projectId();
			ProjectSummary summary = Objects.requireNonNull(summaries.get(id), "the project of an assignment");
			return new ProjectView(id, summary.reference(), summary.title(), summary.fields(),
					summary.requestedAmount(), summary.status(),
					project.reviewers()
						.stream()
						.map((reviewer) -> ReviewerView.of(reviewer,
								review.sheetOf(id, reviewer.expertId()).orElse(null)))
						.toList(),
					review.sheetsIn(id), review.isScored(id), project.eligibleExperts(),
					project.exclusions().stream().map(ExclusionView::of).toList(), project.shortfall());
		}

	}

	/**
	 * An expert assigned to a project.
	 *
	 * @param expertId the expert
	 * @param matchedFields the project's fields the expert covers
	 * @param missingFields the project's fields the expert does not cover
	 * @param mismatch how many fields the expert does not cover (the assignment's cost)
	 * @param sheetSubmittedAt when the expert submitted the sheet, or {@code null} while it is not in
	 */
	record ReviewerView(UUID expertId, List<String> matchedFields, List<String> missingFields, int mismatch,
			@Nullable Instant sheetSubmittedAt) {

		static ReviewerView of(Assignment assignment, @Nullable SubmittedSheet sheet) {
			return new ReviewerView(assignment.expertId(), assignment.match().matchedFields(),
					assignment.match().missingFields(), assignment.mismatch(),
					(sheet != null) ? sheet.submittedAt() : null);
		}

	}

	/**
	 * An expert that may not review a project.
	 *
	 * @param expertId the expert
	 * @param conflicts every reason
	 */
	record ExclusionView(UUID expertId, List<ConflictView> conflicts) {

		static ExclusionView of(Exclusion exclusion) {
			return new ExclusionView(exclusion.expertId(),
					exclusion.conflicts().stream().map(ConflictView::of).toList());
		}

	}

	/**
	 * One reason why an expert may not review a project.
	 *
	 * @param kind the reason
	 * @param subjectId the organisation, researcher or earlier project it names, if any
	 * @param subjectDate the date of the earlier project, for a collaboration
	 */
	record ConflictView(ConflictKind kind, @Nullable UUID subjectId, @Nullable LocalDate subjectDate) {

		static ConflictView of(Conflict conflict) {
			return new ConflictView(conflict.kind(), conflict.subjectId(), conflict.subjectDate());
		}

	}

}
