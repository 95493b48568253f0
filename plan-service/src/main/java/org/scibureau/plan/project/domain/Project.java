package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.domain.IllegalTransition;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;

/**
 * A research project, born as an application to a call and followed until it is closed.
 * <p>
 * Every method is one {@link ProjectAction}: it guards the state (see {@link ProjectStatus} for the whole machine),
 * then the action's rules, and returns the project as it is after the action. A refused state throws
 * {@link IllegalTransition} naming the state and the actions the acting role may take instead; broken rules throw
 * {@link RulesViolated} with all of them at once.
 *
 * @param id the project
 * @param reference the officials' reference, e.g. {@code PRJ-2026-000123}
 * @param callId the call it applies to
 * @param programId the program of that call
 * @param organisationId the applicant organisation
 * @param jurisdiction the 6-digit division that owns the project
 * @param content what the application says
 * @param status where the project is in its life
 * @param resumeTo the state a suspended project resumes to; set exactly while SUSPENDED
 * @param statusReason the reason given for the current state (returned, rejected, withdrawn, failed, suspended,
 * terminated), if any
 * @param approval the approval, once approved
 * @param funding where the funding of the approval stands, once approved
 * @param contract the task contract, once recorded
 * @param midtermCheck the mid-term check, once done
 * @param milestoneReports the milestones reported so far, with their acceptance
 * @param version the optimistic-locking version, also the ETag
 * @param createdAt when the draft was created
 * @param updatedAt when the project last changed
 * @param submittedAt when the application was first submitted
 */
public record Project(UUID id, String reference, UUID callId, UUID programId, UUID organisationId,
		String jurisdiction, ProjectContent content, ProjectStatus status, @Nullable ProjectStatus resumeTo,
		@Nullable String statusReason, @Nullable Approval approval, @Nullable Funding funding,
		@Nullable Contract contract, @Nullable MidtermCheck midtermCheck, List<MilestoneReport> milestoneReports,
		long version, Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt) {

	/** Where the bureau's days begin and end. */
	private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

	public Project {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(status, "status");
		if ((status == ProjectStatus.SUSPENDED) != (resumeTo != null)) {
			throw new IllegalArgumentException("Exactly a suspended project remembers the state to resume to");
		}
		if ((approval == null) != (funding == null)) {
			throw new IllegalArgumentException("An approval and its funding go together");
		}
		milestoneReports = List.copyOf(milestoneReports);
	}

	/** A new draft application. */
	public static Project draft(UUID id, String reference, UUID callId, UUID programId, UUID organisationId,
			String jurisdiction, ProjectContent content, Instant now) {
		return new Project(id, reference, callId, programId, organisationId, jurisdiction, content,
				ProjectStatus.DRAFT, null, null, null, null, null, null, List.of(), 0, now, now, null);
	}

	/** This project as stored with a new optimistic-locking version. */
	public Project withVersion(long newVersion) {
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, this.content, this.status, this.resumeTo, this.statusReason, this.approval,
				this.funding, this.contract, this.midtermCheck, this.milestoneReports, newVersion, this.createdAt,
				this.updatedAt, this.submittedAt);
	}

	/**
	 * The actions this project allows a role now: those of its state, narrowed in APPROVED by its funding (the
	 * contract only once funds are committed, a re-submission only after a rejection, funding-service's answer
	 * only while an attempt awaits it).
	 */
	public List<ProjectAction> allowedActions(ProjectRole role) {
		return this.status.allowedActions(role).stream().filter(this::fundingAllows).toList();
	}

	/** The draft or returned application with new content, which may still break rules until submitted. */
	public Project edit(ProjectContent newContent, Instant now) {
		require(ProjectAction.EDIT);
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, newContent, this.status, this.resumeTo, this.statusReason, this.approval,
				this.funding, this.contract, this.midtermCheck, this.milestoneReports, this.version, this.createdAt,
				now, this.submittedAt);
	}

	/** Checks that the project is a draft, which is deleted rather than withdrawn. */
	public void requireDeletable() {
		require(ProjectAction.DELETE);
	}

	/**
	 * The application, submitted: only while its call is open, only if it is eligible and its content breaks no
	 * rule. Refused with every broken rule at once.
	 * @param callOpen whether the call is open now
	 * @param eligibilityViolations the call's eligibility rules that the application fails, as checked elsewhere
	 * @param tiers the caps of the indirect costs in force
	 * @param now the time of submission
	 */
	public Project submit(boolean callOpen, List<RuleViolation> eligibilityViolations, IndirectCostTiers tiers,
			Instant now) {
		require(ProjectAction.SUBMIT);
		List<RuleViolation> violations = new ArrayList<>();
		if (!callOpen) {
			violations.add(new RuleViolation("callId", "call-not-open"));
		}
		violations.addAll(eligibilityViolations);
		violations.addAll(this.content.violations(tiers));
		RulesViolated.refuseAny(violations);
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, this.content, ProjectStatus.SUBMITTED, null, null, this.approval, this.funding,
				this.contract, this.midtermCheck, this.milestoneReports, this.version, this.createdAt, now,
				(this.submittedAt != null) ? this.submittedAt : now);
	}

	/** The application, withdrawn by the applicant before a decision. */
	public Project withdraw(@Nullable String reason, Instant now) {
		require(ProjectAction.WITHDRAW);
		return moved(ProjectStatus.WITHDRAWN, (reason != null && !reason.isBlank()) ? reason : null, now);
	}

	/** The submitted application, taken up for its formal check. */
	public Project startFormalCheck(Instant now) {
		require(ProjectAction.START_FORMAL_CHECK);
		return moved(ProjectStatus.FORMAL_CHECK, null, now);
	}

	/** The application, formally complete: on to the expert review. */
	public Project passFormalCheck(Instant now) {
		require(ProjectAction.PASS_FORMAL_CHECK);
		return moved(ProjectStatus.EXPERT_REVIEW, null, now);
	}

	/** The application, returned to the applicant for correction; it may be resubmitted while the call is open. */
	public Project returnForCorrection(String reason, Instant now) {
		require(ProjectAction.RETURN_FOR_CORRECTION);
		return moved(ProjectStatus.RETURNED, requireReason(reason), now);
	}

	/** The application, rejected in the formal check or after the expert review. */
	public Project reject(String reason, Instant now) {
		require(ProjectAction.REJECT);
		return moved(ProjectStatus.REJECTED, requireReason(reason), now);
	}

	/**
	 * The reviewed project, approved: its tranche plan is computed and funding attempt 1 awaits funding-service.
	 * @param budget the approved budget, positive, in whole fen, at most the requested total
	 * @param fiscalYear the fiscal year whose fund is to commit it, not before this year
	 * @param split the tranche split in force
	 * @param approvedBy the approving officer's subject
	 * @param now the time of approval
	 */
	public Project approve(BigDecimal budget, int fiscalYear, TrancheSplit split, String approvedBy, Instant now) {
		require(ProjectAction.APPROVE);
		BigDecimal approved = Money.normalised(budget);
		List<RuleViolation> violations = new ArrayList<>();
		if (approved.signum() <= 0) {
			violations.add(new RuleViolation("approvedBudget", "not-positive"));
		}
		if (!Money.isCents(approved)) {
			violations.add(new RuleViolation("approvedBudget", "money-scale", Money.SCALE));
		}
		BigDecimal requested = this.content.budget().total();
		if (approved.compareTo(requested) > 0) {
			violations.add(new RuleViolation("approvedBudget", "exceeds-requested", requested));
		}
		int thisYear = now.atZone(BUREAU_ZONE).getYear();
		if (fiscalYear < thisYear) {
			violations.add(new RuleViolation("fiscalYear", "past-fiscal-year", thisYear));
		}
		RulesViolated.refuseAny(violations);
		Approval approval = new Approval(approved, fiscalYear, split.plan(approved, this.content.milestones()), now,
				approvedBy);
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, this.content, ProjectStatus.APPROVED, null, null, approval, Funding.firstRequest(),
				this.contract, this.midtermCheck, this.milestoneReports, this.version, this.createdAt, now,
				this.submittedAt);
	}

	/**
	 * funding-service committed the approved budget: the contract may now be recorded.
	 * @throws IllegalArgumentException if the event answers another funding attempt than the current one
	 */
	public Project recordFundsCommitted(UUID allocationId, int attempt, Instant now) {
		require(ProjectAction.RECORD_FUNDS_COMMITTED);
		return withFunding(currentFunding(attempt).committed(allocationId), now);
	}

	/**
	 * funding-service could not commit the approved budget: the project stays approved, with the reason visible,
	 * until a plan officer re-submits it for funding.
	 * @throws IllegalArgumentException if the event answers another funding attempt than the current one
	 */
	public Project recordAllocationRejected(UUID allocationId, int attempt, String reason, String detail,
			Instant now) {
		require(ProjectAction.RECORD_ALLOCATION_REJECTED);
		return withFunding(currentFunding(attempt).rejected(allocationId, reason, detail), now);
	}

	/** The approved project whose allocation was rejected, submitted for funding again as the next attempt. */
	public Project resubmitForFunding(Instant now) {
		require(ProjectAction.RESUBMIT_FOR_FUNDING);
		return withFunding(Objects.requireNonNull(this.funding).nextRequest(), now);
	}

	/**
	 * The funded project under contract.
	 * @param contractNumber the task contract's number
	 * @param signedOn the day it was signed: not after today (Asia/Shanghai), and not before the approval's public
	 * notice has run its course
	 * @param publicityDays how many days the approval is publicly noticed before a contract may be signed, counted
	 * from the approval day (0: the approval day itself)
	 * @param now the time of recording
	 */
	public Project contract(String contractNumber, LocalDate signedOn, int publicityDays, Instant now) {
		require(ProjectAction.CONTRACT);
		List<RuleViolation> violations = new ArrayList<>();
		if (contractNumber.isBlank()) {
			violations.add(new RuleViolation("contractNumber", "required"));
		}
		LocalDate today = now.atZone(BUREAU_ZONE).toLocalDate();
		LocalDate approvedOn = Objects.requireNonNull(this.approval).approvedAt().atZone(BUREAU_ZONE).toLocalDate();
		if (signedOn.isAfter(today)) {
			violations.add(new RuleViolation("signedOn", "in-future", today));
		}
		if (signedOn.isBefore(approvedOn)) {
			violations.add(new RuleViolation("signedOn", "before-approval", approvedOn));
		}
		else if (signedOn.isBefore(approvedOn.plusDays(publicityDays))) {
			violations.add(new RuleViolation("signedOn", "during-publicity", approvedOn.plusDays(publicityDays)));
		}
		RulesViolated.refuseAny(violations);
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, this.content, ProjectStatus.CONTRACTED, null, null, this.approval, this.funding,
				new Contract(contractNumber, signedOn), this.midtermCheck, this.milestoneReports, this.version,
				this.createdAt, now, this.submittedAt);
	}

	/** The contracted project, under way. */
	public Project start(Instant now) {
		require(ProjectAction.START);
		return moved(ProjectStatus.IN_PROGRESS, null, now);
	}

	/** The project with a milestone reported as reached; a report of a milestone not yet accepted replaces the last. */
	public Project reportMilestone(UUID milestoneId, String report, Instant now) {
		require(ProjectAction.REPORT_MILESTONE);
		List<RuleViolation> violations = new ArrayList<>();
		if (report.isBlank()) {
			violations.add(new RuleViolation("report", "required"));
		}
		MilestoneReport previous = milestoneReport(milestoneId);
		if (!this.content.hasMilestone(milestoneId)) {
			violations.add(new RuleViolation("milestoneId", "unknown-milestone"));
		}
		else if (previous != null && previous.accepted()) {
			violations.add(new RuleViolation("milestoneId", "milestone-accepted"));
		}
		RulesViolated.refuseAny(violations);
		return withReport(new MilestoneReport(milestoneId, report, now, null), now);
	}

	/** The project with a reported milestone accepted, which may release a tranche. */
	public Project acceptMilestone(UUID milestoneId, Instant now) {
		require(ProjectAction.ACCEPT_MILESTONE);
		MilestoneReport reported = milestoneReport(milestoneId);
		if (!this.content.hasMilestone(milestoneId)) {
			throw new RulesViolated(List.of(new RuleViolation("milestoneId", "unknown-milestone")));
		}
		if (reported == null) {
			throw new RulesViolated(List.of(new RuleViolation("milestoneId", "milestone-not-reported")));
		}
		if (reported.accepted()) {
			throw new RulesViolated(List.of(new RuleViolation("milestoneId", "milestone-accepted")));
		}
		return withReport(new MilestoneReport(milestoneId, reported.report(), reported.reportedAt(), now), now);
	}

	/**
	 * The project after its mid-term check; concerns need remarks.
	 * @param timing when a mid-term check may be held, as in force on the contract's day: not before its share of
	 * the planned period has run
	 */
	public Project midtermCheck(MidtermCheck.Result result, String remarks, MidtermCheckTiming timing, Instant now) {
		require(ProjectAction.MIDTERM_CHECK);
		List<RuleViolation> violations = new ArrayList<>();
		if (result == MidtermCheck.Result.CONCERNS && remarks.isBlank()) {
			violations.add(new RuleViolation("remarks", "required"));
		}
		LocalDate earliest = timing.earliestDay(this.content);
		if (now.atZone(BUREAU_ZONE).toLocalDate().isBefore(earliest)) {
			violations.add(new RuleViolation("$", "midterm-check-too-early", earliest, timing.earliestPercent()));
		}
		RulesViolated.refuseAny(violations);
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, this.content, ProjectStatus.MIDTERM_CHECKED, null, null, this.approval,
				this.funding, this.contract, new MidtermCheck(result, remarks, now), this.milestoneReports,
				this.version, this.createdAt, now, this.submittedAt);
	}

	/**
	 * The project, awaiting its acceptance: only once every milestone is accepted, so that every middle tranche has
	 * been released before the last one, and once its mid-term check is held if its length requires one.
	 * @param timing when a mid-term check is required, as in force on the contract's day
	 */
	public Project requestAcceptance(MidtermCheckTiming timing, Instant now) {
		require(ProjectAction.REQUEST_ACCEPTANCE);
		List<RuleViolation> violations = new ArrayList<>();
		if (this.midtermCheck == null && timing.required(this.content)) {
			violations.add(new RuleViolation("$", "midterm-check-required", timing.requiredFromMonths()));
		}
		List<Milestone> milestones = this.content.milestones();
		for (int i = 0; i < milestones.size(); i++) {
			MilestoneReport report = milestoneReport(milestones.get(i).id());
			if (report == null || !report.accepted()) {
				violations.add(new RuleViolation("milestones[" + i + "]", "milestone-not-accepted"));
			}
		}
		RulesViolated.refuseAny(violations);
		return moved(ProjectStatus.ACCEPTANCE_REQUESTED, null, now);
	}

	/** The project, accepted: the last tranche may be released. */
	public Project accept(Instant now) {
		require(ProjectAction.ACCEPT);
		return moved(ProjectStatus.ACCEPTED, null, now);
	}

	/** The project, failing its acceptance. */
	public Project failAcceptance(String reason, Instant now) {
		require(ProjectAction.FAIL_ACCEPTANCE);
		return moved(ProjectStatus.FAILED_ACCEPTANCE, requireReason(reason), now);
	}

	/** The accepted or failed project, closed. */
	public Project close(Instant now) {
		require(ProjectAction.CLOSE);
		return moved(ProjectStatus.CLOSED, null, now);
	}

	/** The active project, suspended (e.g. during an integrity investigation); it remembers its state. */
	public Project suspend(String reason, Instant now) {
		require(ProjectAction.SUSPEND);
		String given = requireReason(reason);
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, this.content, ProjectStatus.SUSPENDED, this.status, given, this.approval,
				this.funding, this.contract, this.midtermCheck, this.milestoneReports, this.version, this.createdAt,
				now, this.submittedAt);
	}

	/** The suspended project, back in the state it was suspended from. */
	public Project resume(Instant now) {
		require(ProjectAction.RESUME);
		return moved(Objects.requireNonNull(this.resumeTo), null, now);
	}

	/** The active or suspended project, terminated (e.g. after an integrity sanction). */
	public Project terminate(String reason, Instant now) {
		require(ProjectAction.TERMINATE);
		return moved(ProjectStatus.TERMINATED, requireReason(reason), now);
	}

	private boolean fundingAllows(ProjectAction action) {
		return switch (action) {
			case RECORD_FUNDS_COMMITTED, RECORD_ALLOCATION_REJECTED -> fundingIs(Funding.Outcome.REQUESTED);
			case RESUBMIT_FOR_FUNDING -> fundingIs(Funding.Outcome.REJECTED);
			case CONTRACT -> fundingIs(Funding.Outcome.COMMITTED);
			default -> true;
		};
	}

	private boolean fundingIs(Funding.Outcome outcome) {
		return this.funding != null && this.funding.outcome() == outcome;
	}

	/**
	 * Checks that the project allows an action in its state, before the figures the action needs are looked up.
	 * @throws IllegalTransition naming the state and the actions allowed
	 */
	public void requireAllowed(ProjectAction action) {
		require(action);
	}

	private void require(ProjectAction action) {
		List<ProjectAction> allowed = allowedActions(action.role());
		if (!allowed.contains(action)) {
			throw new IllegalTransition(action.actionName(), this.status,
					allowed.stream().map(ProjectAction::actionName).toList());
		}
	}

	private static String requireReason(String reason) {
		if (reason.isBlank()) {
			throw new RulesViolated(List.of(new RuleViolation("reason", "required")));
		}
		return reason;
	}

	private Funding currentFunding(int attempt) {
		Funding current = Objects.requireNonNull(this.funding);
		if (attempt != current.attempt()) {
			throw new IllegalArgumentException(
					"The outcome answers funding attempt " + attempt + ", but attempt " + current.attempt()
							+ " awaits one");
		}
		return current;
	}

	private @Nullable MilestoneReport milestoneReport(UUID milestoneId) {
		return this.milestoneReports.stream()
			.filter((report) -> report.milestoneId().equals(milestoneId))
			.findFirst()
			.orElse(null);
	}

	private Project moved(ProjectStatus next, @Nullable String reason, Instant now) {
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, this.content, next, null, reason, this.approval, this.funding, this.contract,
				this.midtermCheck, this.milestoneReports, this.version, this.createdAt, now, this.submittedAt);
	}

	private Project withFunding(Funding next, Instant now) {
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, this.content, this.status, null, this.statusReason, this.approval, next,
				this.contract, this.midtermCheck, this.milestoneReports, this.version, this.createdAt, now,
				this.submittedAt);
	}

	private Project withReport(MilestoneReport report, Instant now) {
		List<MilestoneReport> reports = new ArrayList<>(this.milestoneReports);
		reports.removeIf((existing) -> existing.milestoneId().equals(report.milestoneId()));
		reports.add(report);
		return new Project(this.id, this.reference, this.callId, this.programId, this.organisationId,
				this.jurisdiction, this.content, this.status, null, this.statusReason, this.approval, this.funding,
				this.contract, this.midtermCheck, reports, this.version, this.createdAt, now, this.submittedAt);
	}

}
