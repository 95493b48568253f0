package org.scibureau.plan.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.project.domain.Budget;
import org.scibureau.plan.project.domain.BudgetLine;
import org.scibureau.plan.project.domain.Milestone;
import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectContent;
import org.scibureau.plan.review.Reviews.ExpertAssignment;
import org.scibureau.plan.review.domain.Criterion;
import org.scibureau.plan.review.domain.SubmittedSheet;

/**
 * An expert's assignment as the expert sees it: the facts of the project to judge (not who applied: the
 * applicant and the team stay out of the reviewer's view), the criteria, and the expert's own score sheet.
 *
 * @param reviewId the review
 * @param projectId the project to review
 * @param reviewStatus ASSIGNED, SCORED or DECIDED; the sheet may be submitted or revised until DECIDED
 * @param assignedAt when the review assigned it
 * @param project what the application says
 * @param criteria the criteria to score, with weights adding up to 100
 * @param scoreSheet the expert's sheet, once submitted
 */
record AssignmentView(UUID reviewId, UUID projectId, String reviewStatus, Instant assignedAt, ProjectToReview project,
		List<Criterion> criteria, @Nullable SheetView scoreSheet) {

	static AssignmentView of(ExpertAssignment assignment, Project project) {
		SubmittedSheet sheet = assignment.sheet();
		return new AssignmentView(assignment.reviewId(), assignment.projectId(), assignment.reviewStatus().name(),
				assignment.assignedAt(), ProjectToReview.of(project), assignment.criteria(),
				(sheet != null) ? new SheetView(sheet.sheet().scores(), sheet.comment(), sheet.submittedAt()) : null);
	}

	/**
	 * The facts of a project a reviewer judges.
	 *
	 * @param reference the officials' reference
	 * @param title the title
	 * @param summary the abstract
	 * @param fields the research fields
	 * @param durationMonths the planned duration
	 * @param startDate the planned first day
	 * @param endDate the planned last day
	 * @param budgetLines the requested budget by line
	 * @param budgetTotal everything requested, CNY
	 * @param milestones the planned milestones
	 */
	record ProjectToReview(String reference, String title, String summary, List<String> fields, int durationMonths,
			LocalDate startDate, LocalDate endDate, List<BudgetLine> budgetLines, BigDecimal budgetTotal,
			List<Milestone> milestones) {

		static ProjectToReview of(Project project) {
			ProjectContent content = project.content();
			Budget budget = content.budget();
			return new ProjectToReview(project.reference(), content.title(), content.summary(), content.fields(),
					content.durationMonths(), content.startDate(), content.endDate(), budget.lines(), budget.total(),
					content.milestones());
		}

	}

	/**
	 * The expert's score sheet.
	 *
	 * @param scores the score per criterion code
	 * @param comment the expert's remarks, if any
	 * @param submittedAt when it was submitted or last revised
	 */
	record SheetView(Map<String, Integer> scores, @Nullable String comment, Instant submittedAt) {
	}

}
