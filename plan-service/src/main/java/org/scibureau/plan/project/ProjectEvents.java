package org.scibureau.plan.project;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.project.domain.Approval;
import org.scibureau.plan.project.domain.Milestone;
import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectAction;
import org.scibureau.platform.events.LineBudget;
import org.scibureau.platform.events.Tranche;
import org.scibureau.platform.events.plan.MilestoneAccepted;
import org.scibureau.platform.events.plan.ProjectAccepted;
import org.scibureau.platform.events.plan.ProjectAcceptanceFailed;
import org.scibureau.platform.events.plan.ProjectAcceptanceRequested;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.plan.ProjectClosed;
import org.scibureau.platform.events.plan.ProjectContracted;
import org.scibureau.platform.events.plan.ProjectEvent;
import org.scibureau.platform.events.plan.ProjectFormalCheckStarted;
import org.scibureau.platform.events.plan.ProjectFundingRequested;
import org.scibureau.platform.events.plan.ProjectMidtermChecked;
import org.scibureau.platform.events.plan.ProjectRejected;
import org.scibureau.platform.events.plan.ProjectResumed;
import org.scibureau.platform.events.plan.ProjectReturned;
import org.scibureau.platform.events.plan.ProjectReviewStarted;
import org.scibureau.platform.events.plan.ProjectStarted;
import org.scibureau.platform.events.plan.ProjectSubmitted;
import org.scibureau.platform.events.plan.ProjectSuspended;
import org.scibureau.platform.events.plan.ProjectTerminated;
import org.scibureau.platform.events.plan.ProjectWithdrawn;
import org.scibureau.platform.id.UuidV7;

/**
 * The public event of each project transition: what a partner needs to follow the project. Actions that only
 * concern the applicant's draft or the bureau's internal records (editing, deleting a draft, reporting a
 * milestone, recording funding-service's answer) publish nothing.
 */
final class ProjectEvents {

	private ProjectEvents() {
	}

	/**
	 * The event of an action.
	 * @param action the action taken
	 * @param before the project before it
	 * @param after the project after it
	 * @param milestoneId the milestone acted on, for milestone actions
	 * @param submissions how many times the project has been submitted, this time included
	 * @return the event, or null when the action publishes none
	 */
	static @Nullable ProjectEvent of(ProjectAction action, Project before, Project after, @Nullable UUID milestoneId,
			int submissions) {
		Header h = new Header(after);
		return switch (action) {
			case SUBMIT -> new ProjectSubmitted(h.id, h.at, h.project, h.reference, h.call, h.program, h.organisation,
					h.pi, h.jurisdiction, h.status, after.content().title(), after.content().fields(),
					after.content().budget().total(), after.content().durationMonths(), submissions);
			case START_FORMAL_CHECK -> new ProjectFormalCheckStarted(h.id, h.at, h.project, h.reference, h.call,
					h.program, h.organisation, h.pi, h.jurisdiction, h.status);
			case RETURN_FOR_CORRECTION -> new ProjectReturned(h.id, h.at, h.project, h.reference, h.call, h.program,
					h.organisation, h.pi, h.jurisdiction, h.status, reason(after));
			case WITHDRAW -> new ProjectWithdrawn(h.id, h.at, h.project, h.reference, h.call, h.program,
					h.organisation, h.pi, h.jurisdiction, h.status, after.statusReason());
			case PASS_FORMAL_CHECK -> new ProjectReviewStarted(h.id, h.at, h.project, h.reference, h.call, h.program,
					h.organisation, h.pi, h.jurisdiction, h.status);
			case REJECT -> new ProjectRejected(h.id, h.at, h.project, h.reference, h.call, h.program, h.organisation,
					h.pi, h.jurisdiction, h.status, before.status().name(), reason(after));
			case APPROVE -> {
				Approval approval = Objects.requireNonNull(after.approval());
				yield new ProjectApproved(h.id, h.at, h.project, h.reference, h.call, h.program, h.organisation, h.pi,
						h.jurisdiction, h.status, after.content().title(), approval.budget(), approval.fiscalYear(),
						attempt(after), tranches(approval), approval.approvedBy(), lineBudgets(after, approval));
			}
			case RESUBMIT_FOR_FUNDING -> {
				Approval approval = Objects.requireNonNull(after.approval());
				yield new ProjectFundingRequested(h.id, h.at, h.project, h.reference, h.call, h.program,
						h.organisation, h.pi, h.jurisdiction, h.status, approval.budget(), approval.fiscalYear(),
						attempt(after), tranches(approval));
			}
			case CONTRACT -> new ProjectContracted(h.id, h.at, h.project, h.reference, h.call, h.program,
					h.organisation, h.pi, h.jurisdiction, h.status, Objects.requireNonNull(after.contract()).number(),
					after.contract().signedOn(), Objects.requireNonNull(Objects.requireNonNull(after.funding()).allocationId()));
			case START -> new ProjectStarted(h.id, h.at, h.project, h.reference, h.call, h.program, h.organisation,
					h.pi, h.jurisdiction, h.status);
			case ACCEPT_MILESTONE -> new MilestoneAccepted(h.id, h.at, h.project, h.reference, h.call, h.program,
					h.organisation, h.pi, h.jurisdiction, h.status, Objects.requireNonNull(milestoneId),
					milestone(after, milestoneId).title());
			case MIDTERM_CHECK -> new ProjectMidtermChecked(h.id, h.at, h.project, h.reference, h.call, h.program,
					h.organisation, h.pi, h.jurisdiction, h.status,
					Objects.requireNonNull(after.midtermCheck()).result().name());
			case REQUEST_ACCEPTANCE -> new ProjectAcceptanceRequested(h.id, h.at, h.project, h.reference, h.call,
					h.program, h.organisation, h.pi, h.jurisdiction, h.status);
			case ACCEPT -> new ProjectAccepted(h.id, h.at, h.project, h.reference, h.call, h.program, h.organisation,
					h.pi, h.jurisdiction, h.status);
			case FAIL_ACCEPTANCE -> new ProjectAcceptanceFailed(h.id, h.at, h.project, h.reference, h.call,
					h.program, h.organisation, h.pi, h.jurisdiction, h.status, reason(after));
			case CLOSE -> new ProjectClosed(h.id, h.at, h.project, h.reference, h.call, h.program, h.organisation,
					h.pi, h.jurisdiction, h.status);
			case SUSPEND -> new ProjectSuspended(h.id, h.at, h.project, h.reference, h.call, h.program,
					h.organisation, h.pi, h.jurisdiction, h.status, reason(after));
			case RESUME -> new ProjectResumed(h.id, h.at, h.project, h.reference, h.call, h.program, h.organisation,
					h.pi, h.jurisdiction, h.status);
			case TERMINATE -> new ProjectTerminated(h.id, h.at, h.project, h.reference, h.call, h.program,
					h.organisation, h.pi, h.jurisdiction, h.status, reason(after));
			case EDIT, DELETE, REPORT_MILESTONE, RECORD_FUNDS_COMMITTED, RECORD_ALLOCATION_REJECTED -> null;
		};
	}

	private static String reason(Project project) {
		return Objects.requireNonNull(project.statusReason(), "a reason");
	}

	private static int attempt(Project project) {
		return Objects.requireNonNull(project.funding()).attempt();
	}

	private static List<LineBudget> lineBudgets(Project project, Approval approval) {
		return project.content()
			.budget()
			.scaledTo(approval.budget())
			.entrySet()
			.stream()
			.map((line) -> new LineBudget(line.getKey().name(), line.getValue()))
			.toList();
	}

	private static List<Tranche> tranches(Approval approval) {
		return approval.tranches()
			.stream()
			.map((tranche) -> new Tranche(tranche.sequence(), tranche.amount(), tranche.trigger().name(),
					tranche.milestoneId()))
			.toList();
	}

	private static Milestone milestone(Project project, UUID milestoneId) {
		return project.content()
			.milestones()
			.stream()
			.filter((milestone) -> milestone.id().equals(milestoneId))
			.findFirst()
			.orElseThrow();
	}

	/** The facts every project event carries. */
	private static final class Header {

		final UUID id = UuidV7.next();

		final Instant at;

		final UUID project;

		final String reference;

		final UUID call;

		final UUID program;

		final UUID organisation;

		final UUID pi;

		final String jurisdiction;

		final String status;

		Header(Project project) {
			this.at = project.updatedAt();
			this.project = project.id();
			this.reference = project.reference();
			this.call = project.callId();
			this.program = project.programId();
			this.organisation = project.organisationId();
			this.pi = project.content().principalInvestigatorId();
			this.jurisdiction = project.jurisdiction();
			this.status = project.status().name();
		}

	}

}
