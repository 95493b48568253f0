package org.scibureau.plan.project.domain;

import static org.scibureau.plan.project.domain.ProjectAction.ACCEPT;
import static org.scibureau.plan.project.domain.ProjectAction.ACCEPT_MILESTONE;
import static org.scibureau.plan.project.domain.ProjectAction.APPROVE;
import static org.scibureau.plan.project.domain.ProjectAction.CLOSE;
import static org.scibureau.plan.project.domain.ProjectAction.CONTRACT;
import static org.scibureau.plan.project.domain.ProjectAction.DELETE;
import static org.scibureau.plan.project.domain.ProjectAction.EDIT;
import static org.scibureau.plan.project.domain.ProjectAction.FAIL_ACCEPTANCE;
import static org.scibureau.plan.project.domain.ProjectAction.MIDTERM_CHECK;
import static org.scibureau.plan.project.domain.ProjectAction.PASS_FORMAL_CHECK;
import static org.scibureau.plan.project.domain.ProjectAction.RECORD_ALLOCATION_REJECTED;
import static org.scibureau.plan.project.domain.ProjectAction.RECORD_FUNDS_COMMITTED;
import static org.scibureau.plan.project.domain.ProjectAction.REJECT;
import static org.scibureau.plan.project.domain.ProjectAction.REPORT_MILESTONE;
import static org.scibureau.plan.project.domain.ProjectAction.REQUEST_ACCEPTANCE;
import static org.scibureau.plan.project.domain.ProjectAction.RESUBMIT_FOR_FUNDING;
import static org.scibureau.plan.project.domain.ProjectAction.RESUME;
import static org.scibureau.plan.project.domain.ProjectAction.RETURN_FOR_CORRECTION;
import static org.scibureau.plan.project.domain.ProjectAction.START;
import static org.scibureau.plan.project.domain.ProjectAction.START_FORMAL_CHECK;
import static org.scibureau.plan.project.domain.ProjectAction.SUBMIT;
import static org.scibureau.plan.project.domain.ProjectAction.SUSPEND;
import static org.scibureau.plan.project.domain.ProjectAction.TERMINATE;
import static org.scibureau.plan.project.domain.ProjectAction.WITHDRAW;

import java.util.List;

/**
 * The life of a project, from application to closure, and the actions each state allows.
 * <p>
 * Every change is one explicit {@link ProjectAction}, taken by its one {@link ProjectRole}. An action that the
 * project's state does not allow is refused with {@code IllegalTransition} naming the state and the actions the
 * acting role may take instead (409); an allowed action whose data breaks a rule is refused with
 * {@code RulesViolated} listing every broken rule (422).
 * <table>
 * <caption>The project's state machine</caption>
 * <tr><th>From</th><th>Action</th><th>Role</th><th>To</th><th>Also requires</th><th>Event</th></tr>
 * <tr><td>DRAFT, RETURNED</td><td>edit</td><td>applicant</td><td>unchanged</td><td>a draft may be incomplete</td>
 * <td>—</td></tr>
 * <tr><td>DRAFT</td><td>delete</td><td>applicant</td><td>removed</td><td>a draft is deleted, never withdrawn: it
 * never reached the bureau</td><td>—</td></tr>
 * <tr><td>DRAFT, RETURNED</td><td>submit</td><td>applicant</td><td>SUBMITTED</td><td>the call is open; the
 * eligibility rules and every content rule hold</td><td>ProjectSubmitted</td></tr>
 * <tr><td>SUBMITTED, FORMAL_CHECK, RETURNED, EXPERT_REVIEW</td><td>withdraw</td><td>applicant</td><td>WITHDRAWN</td>
 * <td>optional reason</td><td>—</td></tr>
 * <tr><td>SUBMITTED</td><td>start-formal-check</td><td>plan-officer</td><td>FORMAL_CHECK</td><td></td><td>—</td></tr>
 * <tr><td>FORMAL_CHECK</td><td>pass-formal-check</td><td>plan-officer</td><td>EXPERT_REVIEW</td><td></td>
 * <td>—</td></tr>
 * <tr><td>FORMAL_CHECK</td><td>return-for-correction</td><td>plan-officer</td><td>RETURNED</td><td>a reason</td>
 * <td>—</td></tr>
 * <tr><td>FORMAL_CHECK, EXPERT_REVIEW</td><td>reject</td><td>plan-officer</td><td>REJECTED</td><td>a reason</td>
 * <td>ProjectRejected</td></tr>
 * <tr><td>EXPERT_REVIEW</td><td>approve</td><td>plan-officer</td><td>APPROVED</td><td>an approved budget of at most
 * the requested total, a fiscal year and the tranche split; opens funding attempt 1</td><td>ProjectApproved</td></tr>
 * <tr><td>APPROVED</td><td>record-funds-committed</td><td>funding-service</td><td>unchanged</td><td>the current
 * funding attempt awaits its answer</td><td>—</td></tr>
 * <tr><td>APPROVED</td><td>record-allocation-rejected</td><td>funding-service</td><td>unchanged</td><td>the current
 * funding attempt awaits its answer; the reason stays visible</td><td>—</td></tr>
 * <tr><td>APPROVED</td><td>resubmit-for-funding</td><td>plan-officer</td><td>unchanged</td><td>the last allocation
 * was rejected; opens the next funding attempt</td><td>a new allocation request</td></tr>
 * <tr><td>APPROVED</td><td>contract</td><td>plan-officer</td><td>CONTRACTED</td><td>funds committed; a contract
 * number and a signing date from the approval day to today</td><td>ProjectContracted</td></tr>
 * <tr><td>CONTRACTED</td><td>start</td><td>applicant</td><td>IN_PROGRESS</td><td></td><td>—</td></tr>
 * <tr><td>IN_PROGRESS, MIDTERM_CHECKED</td><td>report-milestone</td><td>applicant</td><td>unchanged</td><td>a
 * milestone of the project not yet accepted; a report</td><td>—</td></tr>
 * <tr><td>IN_PROGRESS, MIDTERM_CHECKED</td><td>accept-milestone</td><td>plan-officer</td><td>unchanged</td><td>a
 * reported milestone not yet accepted</td><td>MilestoneAccepted</td></tr>
 * <tr><td>IN_PROGRESS</td><td>midterm-check</td><td>plan-officer</td><td>MIDTERM_CHECKED</td><td>passed, or concerns
 * with remarks</td><td>—</td></tr>
 * <tr><td>IN_PROGRESS, MIDTERM_CHECKED</td><td>request-acceptance</td><td>applicant</td><td>ACCEPTANCE_REQUESTED</td>
 * <td>every milestone accepted, so that every middle tranche has been released</td><td>—</td></tr>
 * <tr><td>ACCEPTANCE_REQUESTED</td><td>accept</td><td>plan-officer</td><td>ACCEPTED</td><td></td>
 * <td>ProjectAccepted</td></tr>
 * <tr><td>ACCEPTANCE_REQUESTED</td><td>fail-acceptance</td><td>plan-officer</td><td>FAILED_ACCEPTANCE</td><td>a
 * reason</td><td>—</td></tr>
 * <tr><td>ACCEPTED, FAILED_ACCEPTANCE</td><td>close</td><td>plan-officer</td><td>CLOSED</td><td></td>
 * <td>ProjectClosed</td></tr>
 * <tr><td>CONTRACTED, IN_PROGRESS, MIDTERM_CHECKED, ACCEPTANCE_REQUESTED</td><td>suspend</td><td>plan-officer</td>
 * <td>SUSPENDED</td><td>a reason; the state is remembered</td><td>ProjectSuspended</td></tr>
 * <tr><td>SUSPENDED</td><td>resume</td><td>plan-officer</td><td>the remembered state</td><td></td>
 * <td>ProjectResumed</td></tr>
 * <tr><td>APPROVED, CONTRACTED, IN_PROGRESS, MIDTERM_CHECKED, ACCEPTANCE_REQUESTED, SUSPENDED</td><td>terminate</td>
 * <td>plan-officer</td><td>TERMINATED</td><td>a reason; APPROVED counts as active here, so that a sanction before
 * the contract frees the committed funds</td><td>ProjectTerminated</td></tr>
 * </table>
 * WITHDRAWN, REJECTED, CLOSED and TERMINATED are final. The experts' role has no action here: their scores belong
 * to the expert review.
 */
public enum ProjectStatus {

	DRAFT(EDIT, DELETE, SUBMIT),

	SUBMITTED(START_FORMAL_CHECK, WITHDRAW),

	FORMAL_CHECK(PASS_FORMAL_CHECK, RETURN_FOR_CORRECTION, REJECT, WITHDRAW),

	RETURNED(EDIT, SUBMIT, WITHDRAW),

	WITHDRAWN,

	EXPERT_REVIEW(APPROVE, REJECT, WITHDRAW),

	APPROVED(RECORD_FUNDS_COMMITTED, RECORD_ALLOCATION_REJECTED, RESUBMIT_FOR_FUNDING, CONTRACT, TERMINATE),

	REJECTED,

	CONTRACTED(START, SUSPEND, TERMINATE),

	IN_PROGRESS(REPORT_MILESTONE, ACCEPT_MILESTONE, MIDTERM_CHECK, REQUEST_ACCEPTANCE, SUSPEND, TERMINATE),

	MIDTERM_CHECKED(REPORT_MILESTONE, ACCEPT_MILESTONE, REQUEST_ACCEPTANCE, SUSPEND, TERMINATE),

	ACCEPTANCE_REQUESTED(ACCEPT, FAIL_ACCEPTANCE, SUSPEND, TERMINATE),

	ACCEPTED(CLOSE),

	FAILED_ACCEPTANCE(CLOSE),

	CLOSED,

	SUSPENDED(RESUME, TERMINATE),

	TERMINATED;

	private final List<ProjectAction> actions;

	ProjectStatus(ProjectAction... actions) {
		this.actions = List.of(actions);
	}

	/**
	 * The actions this state allows a role. In APPROVED the project's funding narrows them further: see
	 * {@link Project#allowedActions(ProjectRole)}.
	 */
	public List<ProjectAction> allowedActions(ProjectRole role) {
		return this.actions.stream().filter((action) -> action.role() == role).toList();
	}

}
