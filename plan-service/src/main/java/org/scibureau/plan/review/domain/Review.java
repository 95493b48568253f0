package org.scibureau.plan.review.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.review.domain.AssignmentPlan.Assignment;
import org.scibureau.plan.review.domain.AssignmentPlan.ProjectAssignment;
import org.scibureau.plan.review.domain.Decision.ApprovedBudget;
import org.scibureau.platform.domain.IllegalTransition;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;

/**
 * The expert review of a call's projects: who reviews what, with the explanation of every choice and exclusion,
 * the experts' score sheets, and the decision that approves some projects within the program's annual budget
 * ceiling and rejects the others.
 * <p>
 * A project is scored once every reviewer assigned to it has submitted a sheet. A project the assignment could not
 * give all its reviewers is scored on the sheets of those it got, as the plan officer saw when opening the review;
 * a project with no reviewer at all is never scored. Only scored projects have a consensus and may be approved.
 *
 * @param id the review
 * @param callId the call whose projects are reviewed
 * @param planId the plan version of the call's program
 * @param programId the program whose budget ceiling bounds the approvals
 * @param jurisdiction the division that owns the review (the call's)
 * @param criteria what the experts score, with weights
 * @param collaborationLookbackYears how many years of shared projects made an expert ineligible
 * @param assignment the reviewers of each project and why (also {@code k} and {@code m})
 * @param setAside the experts of the pool left out before conflicts were looked at
 * @param sheets the score sheets submitted so far, at most one per assignment
 * @param status where the review stands
 * @param decision the decision, exactly when DECIDED
 * @param version the optimistic-locking version, also the ETag
 * @param createdAt when the review was opened
 * @param updatedAt when it last changed
 */
public record Review(UUID id, UUID callId, UUID planId, UUID programId, String jurisdiction, ReviewCriteria criteria,
		int collaborationLookbackYears, AssignmentPlan assignment, List<SetAside> setAside, List<SubmittedSheet> sheets,
		ReviewStatus status, @Nullable Decision decision, long version, Instant createdAt, Instant updatedAt) {

	public Review {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(criteria, "criteria");
		Objects.requireNonNull(assignment, "assignment");
		Objects.requireNonNull(status, "status");
		setAside = List.copyOf(setAside);
		sheets = List.copyOf(sheets);
		if ((status == ReviewStatus.DECIDED) != (decision != null)) {
			throw new IllegalArgumentException("Exactly a decided review carries its decision");
		}
	}

	/**
	 * A review opened on the assignment of reviewers.
	 * @throws IllegalArgumentException when the assignment has no project
	 */
	public static Review open(UUID id, UUID callId, UUID planId, UUID programId, String jurisdiction,
			ReviewCriteria criteria, int collaborationLookbackYears, AssignmentPlan assignment, List<SetAside> setAside,
			Instant now) {
		if (assignment.projects().isEmpty()) {
			throw new IllegalArgumentException("A review needs at least one project");
		}
		return new Review(id, callId, planId, programId, jurisdiction, criteria, collaborationLookbackYears, assignment,
				setAside, List.of(), ReviewStatus.ASSIGNED, null, 0, now, now);
	}

	/** The projects under review, in id order. */
	public List<UUID> projectIds() {
		return this.assignment.projects().stream().map(ProjectAssignment::projectId).toList();
	}

	/** The experts assigned to a project; empty for a project not in the review. */
	public List<UUID> reviewersOf(UUID projectId) {
		return this.assignment.projects()
			.stream()
			.filter((project) -> project.projectId().equals(projectId))
			.flatMap((project) -> project.reviewers().stream())
			.map(Assignment::expertId)
			.toList();
	}

	/** Whether the expert is assigned to review the project. */
	public boolean isAssigned(UUID projectId, UUID expertId) {
		return reviewersOf(projectId).contains(expertId);
	}

	/** The expert's sheet for the project, if submitted. */
	public Optional<SubmittedSheet> sheetOf(UUID projectId, UUID expertId) {
		return this.sheets.stream()
			.filter((submitted) -> submitted.sheet().projectId().equals(projectId)
					&& submitted.sheet().expertId().equals(expertId))
			.findFirst();
	}

	/** How many of the project's reviewers have submitted their sheet. */
	public int sheetsIn(UUID projectId) {
		return (int) reviewersOf(projectId).stream()
			.filter((expertId) -> sheetOf(projectId, expertId).isPresent())
			.count();
	}

	/** Whether the project has reviewers and every one of them has submitted a sheet. */
	public boolean isScored(UUID projectId) {
		List<UUID> reviewers = reviewersOf(projectId);
		return !reviewers.isEmpty() && sheetsIn(projectId) == reviewers.size();
	}

	/**
	 * The consensus on every scored project, in project order.
	 * @param trimThreshold how many scores a criterion needs before its outliers are trimmed (rules as data)
	 */
	public List<Consensus> consensus(int trimThreshold) {
		return projectIds().stream()
			.filter(this::isScored)
			.map((projectId) -> Consensus.of(this.criteria, reviewersOf(projectId).stream()
				.map((expertId) -> sheetOf(projectId, expertId).orElseThrow().sheet())
				.toList(), trimThreshold))
			.toList();
	}

	/** Refuses an action the review's state does not allow, naming the state and the actions it allows. */
	public void requireAllowed(ReviewAction action) {
		if (!this.status.allowedActions().contains(action)) {
			throw new IllegalTransition(action.actionName(), this.status,
					this.status.allowedActions().stream().map(ReviewAction::actionName).toList());
		}
	}

	/**
	 * The review with an assigned expert's sheet submitted or revised: SCORED once every assigned expert has one.
	 * @throws IllegalTransition once the review is decided
	 * @throws RulesViolated listing every way the sheet breaks {@link ReviewCriteria#violationsOf(ScoreSheet)}
	 * @throws IllegalArgumentException when the expert is not assigned to the project
	 */
	public Review score(ScoreSheet sheet, @Nullable String comment, Instant now) {
		requireAllowed(ReviewAction.SCORE);
		if (!isAssigned(sheet.projectId(), sheet.expertId())) {
			throw new IllegalArgumentException(
					"Expert " + sheet.expertId() + " is not assigned to project " + sheet.projectId());
		}
		RulesViolated.refuseAny(this.criteria.violationsOf(sheet));
		List<SubmittedSheet> submitted = new ArrayList<>(this.sheets.stream()
			.filter((other) -> !(other.sheet().projectId().equals(sheet.projectId())
					&& other.sheet().expertId().equals(sheet.expertId())))
			.toList());
		submitted.add(new SubmittedSheet(sheet, (comment != null && !comment.isBlank()) ? comment : null, now));
		boolean complete = submitted.size() == this.assignment.assignments();
		return new Review(this.id, this.callId, this.planId, this.programId, this.jurisdiction, this.criteria,
				this.collaborationLookbackYears, this.assignment, this.setAside, submitted,
				complete ? ReviewStatus.SCORED : this.status, null, this.version, this.createdAt, now);
	}

	/**
	 * The rules a decision obeys, each broken one reported: every approved project is one of the review's, listed
	 * once and scored; the approved budgets and what the program already approved in the fiscal year stay within its
	 * annual ceiling; and the projects not approved get a reason for their rejection.
	 * @param approvals the projects to approve with their budgets
	 * @param rejectionReason the reason for rejecting the others
	 * @param budgetCeiling the program's annual budget ceiling
	 * @param alreadyApproved what the program already approved in the fiscal year
	 */
	public List<RuleViolation> decisionViolations(List<ApprovedBudget> approvals, @Nullable String rejectionReason,
			BigDecimal budgetCeiling, BigDecimal alreadyApproved) {
		List<RuleViolation> violations = new ArrayList<>();
		Set<UUID> inReview = Set.copyOf(projectIds());
		Set<UUID> approved = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < approvals.size(); i++) {
			ApprovedBudget approval = approvals.get(i);
			String path = "approvals[" + i + "].projectId";
			total = total.add(approval.budget());
			if (!inReview.contains(approval.projectId())) {
				violations.add(new RuleViolation(path, "not-in-review"));
			}
			else if (!approved.add(approval.projectId())) {
				violations.add(new RuleViolation(path, "duplicate"));
			}
			else if (!isScored(approval.projectId())) {
				violations.add(new RuleViolation(path, "sheets-missing", sheetsIn(approval.projectId()),
						reviewersOf(approval.projectId()).size()));
			}
		}
		if (alreadyApproved.add(total).compareTo(budgetCeiling) > 0) {
			violations.add(new RuleViolation("approvals", "exceeds-program-ceiling", total, alreadyApproved,
					budgetCeiling));
		}
		if (!approved.containsAll(inReview) && (rejectionReason == null || rejectionReason.isBlank())) {
			violations.add(new RuleViolation("rejectionReason", "required"));
		}
		return violations;
	}

	/**
	 * The review, decided: the listed projects are approved, the others rejected.
	 * @param fiscalYear the fiscal year the approved budgets are committed in
	 * @throws IllegalTransition once the review is decided
	 * @throws RulesViolated listing every broken rule of {@link #decisionViolations}
	 */
	public Review decide(int fiscalYear, List<ApprovedBudget> approvals, @Nullable String rejectionReason,
			BigDecimal budgetCeiling, BigDecimal alreadyApproved, Instant now) {
		requireAllowed(ReviewAction.DECIDE);
		RulesViolated.refuseAny(decisionViolations(approvals, rejectionReason, budgetCeiling, alreadyApproved));
		String reason = (approvals.size() < projectIds().size()) ? rejectionReason : null;
		return new Review(this.id, this.callId, this.planId, this.programId, this.jurisdiction, this.criteria,
				this.collaborationLookbackYears, this.assignment, this.setAside, this.sheets, ReviewStatus.DECIDED,
				new Decision(fiscalYear, approvals, reason, now), this.version, this.createdAt, now);
	}

	/** This review as stored with a new optimistic-locking version. */
	public Review withVersion(long newVersion) {
		return new Review(this.id, this.callId, this.planId, this.programId, this.jurisdiction, this.criteria,
				this.collaborationLookbackYears, this.assignment, this.setAside, this.sheets, this.status,
				this.decision, newVersion, this.createdAt, this.updatedAt);
	}

}
