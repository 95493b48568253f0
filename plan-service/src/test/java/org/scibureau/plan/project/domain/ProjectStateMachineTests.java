package org.scibureau.plan.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;
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
import static org.scibureau.plan.project.domain.ProjectFixtures.ALLOCATION;
import static org.scibureau.plan.project.domain.ProjectFixtures.APPROVED_BUDGET;
import static org.scibureau.plan.project.domain.ProjectFixtures.FORTY_FORTY_TWENTY;
import static org.scibureau.plan.project.domain.ProjectFixtures.NOW;
import static org.scibureau.plan.project.domain.ProjectFixtures.SECOND_MILESTONE;
import static org.scibureau.plan.project.domain.ProjectFixtures.TIERS;
import static org.scibureau.plan.project.domain.ProjectFixtures.TODAY;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.scibureau.platform.domain.IllegalTransition;

/**
 * Every action in every situation of a project: the allowed ones reach their state, all others are refused
 * naming the state and what the acting role may do instead. The expected machine is written out here, apart from
 * the code's own table.
 */
class ProjectStateMachineTests {

	@ParameterizedTest(name = "{0} --{1}--> {2}")
	@MethodSource("allowedPairs")
	void takesEveryAllowedActionToItsState(Situation from, ProjectAction action, ProjectStatus expected) {
		Project project = from.project();
		if (action == REQUEST_ACCEPTANCE) {
			// The situations keep a milestone awaiting acceptance; acceptance may be requested once it is accepted.
			project = project.acceptMilestone(SECOND_MILESTONE, NOW);
		}

		Project after = perform(project, action);

		assertThat(after.status()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{1} refused in {0}")
	@MethodSource("refusedPairs")
	void refusesEveryOtherActionNamingTheStateAndTheRolesAllowedActions(Situation from, ProjectAction action) {
		Project project = from.project();

		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> perform(project, action))
			.satisfies((refused) -> {
				assertThat(refused.action()).isEqualTo(action.actionName());
				assertThat(refused.currentState()).isEqualTo(from.status.name());
				assertThat(refused.allowedActions())
					.containsExactlyInAnyOrderElementsOf(from.allowedNames(action.role()));
			});
	}

	@ParameterizedTest
	@EnumSource(Situation.class)
	void offersEachRoleExactlyItsAllowedActions(Situation situation) {
		Project project = situation.project();

		for (ProjectRole role : ProjectRole.values()) {
			assertThat(project.allowedActions(role)).as("%s in %s", role, situation)
				.containsExactlyInAnyOrderElementsOf(situation.allowed(role));
		}
	}

	@Test
	void coversEveryStatus() {
		assertThat(Arrays.stream(Situation.values()).map((situation) -> situation.status))
			.containsAll(EnumSet.allOf(ProjectStatus.class));
	}

	@Test
	void assignsEachActionToItsRole() {
		assertThat(actionsOf(ProjectRole.APPLICANT)).containsExactlyInAnyOrder(EDIT, DELETE, SUBMIT, WITHDRAW, START,
				REPORT_MILESTONE, REQUEST_ACCEPTANCE);
		assertThat(actionsOf(ProjectRole.FUNDING_SERVICE)).containsExactlyInAnyOrder(RECORD_FUNDS_COMMITTED,
				RECORD_ALLOCATION_REJECTED);
		assertThat(actionsOf(ProjectRole.EXPERT)).isEmpty();
		assertThat(actionsOf(ProjectRole.PLAN_OFFICER)).containsExactlyInAnyOrder(START_FORMAL_CHECK,
				PASS_FORMAL_CHECK, RETURN_FOR_CORRECTION, REJECT, APPROVE, RESUBMIT_FOR_FUNDING, CONTRACT,
				ACCEPT_MILESTONE, MIDTERM_CHECK, ACCEPT, FAIL_ACCEPTANCE, CLOSE, SUSPEND, RESUME, TERMINATE);
	}

	@Test
	void namesActionsInKebabCase() {
		assertThat(START_FORMAL_CHECK.actionName()).isEqualTo("start-formal-check");
		assertThat(RECORD_FUNDS_COMMITTED.actionName()).isEqualTo("record-funds-committed");
		assertThat(ProjectRole.PLAN_OFFICER.roleName()).isEqualTo("plan-officer");
	}

	@Test
	void answersTheStatusTableByRole() {
		assertThat(ProjectStatus.APPROVED.allowedActions(ProjectRole.PLAN_OFFICER))
			.containsExactly(RESUBMIT_FOR_FUNDING, CONTRACT, TERMINATE);
		assertThat(ProjectStatus.DRAFT.allowedActions(ProjectRole.PLAN_OFFICER)).isEmpty();
		assertThat(ProjectStatus.DRAFT.allowedActions(ProjectRole.APPLICANT)).containsExactly(EDIT, DELETE, SUBMIT);
	}

	@ParameterizedTest
	@EnumSource(value = Situation.class, names = { "CONTRACTED", "IN_PROGRESS", "MIDTERM_CHECKED",
			"ACCEPTANCE_REQUESTED" })
	void resumesASuspendedProjectToTheStateItWasSuspendedFrom(Situation from) {
		Project active = from.project();

		Project suspended = active.suspend("Integrity investigation", NOW);
		Project resumed = suspended.resume(NOW.plusSeconds(60));

		assertThat(suspended.status()).isEqualTo(ProjectStatus.SUSPENDED);
		assertThat(suspended.resumeTo()).isEqualTo(from.status);
		assertThat(suspended.statusReason()).isEqualTo("Integrity investigation");
		assertThat(resumed.status()).isEqualTo(from.status);
		assertThat(resumed.resumeTo()).isNull();
		assertThat(resumed.statusReason()).isNull();
		assertThat(resumed.milestoneReports()).isEqualTo(active.milestoneReports());
		assertThat(resumed.midtermCheck()).isEqualTo(active.midtermCheck());
		assertThat(resumed.updatedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void terminatesASuspendedProjectForgettingWhereItWouldResume() {
		Project terminated = ProjectFixtures.suspended().terminate("Sanction imposed", NOW);

		assertThat(terminated.status()).isEqualTo(ProjectStatus.TERMINATED);
		assertThat(terminated.resumeTo()).isNull();
		assertThat(terminated.statusReason()).isEqualTo("Sanction imposed");
	}

	static Stream<Arguments> allowedPairs() {
		return Arrays.stream(Situation.values())
			.flatMap((situation) -> situation.allowed.stream()
				.map((action) -> arguments(situation, action, expectedState(situation, action))));
	}

	static Stream<Arguments> refusedPairs() {
		return Arrays.stream(Situation.values())
			.flatMap((situation) -> Arrays.stream(ProjectAction.values())
				.filter((action) -> !situation.allowed.contains(action))
				.map((action) -> arguments(situation, action)));
	}

	private static ProjectStatus expectedState(Situation from, ProjectAction action) {
		return switch (action) {
			case EDIT, DELETE, REPORT_MILESTONE, ACCEPT_MILESTONE, RECORD_FUNDS_COMMITTED, RECORD_ALLOCATION_REJECTED,
					RESUBMIT_FOR_FUNDING ->
				from.status;
			case SUBMIT -> ProjectStatus.SUBMITTED;
			case WITHDRAW -> ProjectStatus.WITHDRAWN;
			case START_FORMAL_CHECK -> ProjectStatus.FORMAL_CHECK;
			case PASS_FORMAL_CHECK -> ProjectStatus.EXPERT_REVIEW;
			case RETURN_FOR_CORRECTION -> ProjectStatus.RETURNED;
			case REJECT -> ProjectStatus.REJECTED;
			case APPROVE -> ProjectStatus.APPROVED;
			case CONTRACT -> ProjectStatus.CONTRACTED;
			case START -> ProjectStatus.IN_PROGRESS;
			case MIDTERM_CHECK -> ProjectStatus.MIDTERM_CHECKED;
			case REQUEST_ACCEPTANCE -> ProjectStatus.ACCEPTANCE_REQUESTED;
			case ACCEPT -> ProjectStatus.ACCEPTED;
			case FAIL_ACCEPTANCE -> ProjectStatus.FAILED_ACCEPTANCE;
			case CLOSE -> ProjectStatus.CLOSED;
			case SUSPEND -> ProjectStatus.SUSPENDED;
			// The suspended situation was suspended while in progress.
			case RESUME -> ProjectStatus.IN_PROGRESS;
			case TERMINATE -> ProjectStatus.TERMINATED;
		};
	}

	/** Takes the action with sound data, so that only the state can refuse it. */
	private static Project perform(Project project, ProjectAction action) {
		return switch (action) {
			case EDIT -> project.edit(ProjectFixtures.content(), NOW);
			case DELETE -> {
				project.requireDeletable();
				yield project;
			}
			case SUBMIT -> project.submit(true, List.of(), TIERS, NOW);
			case WITHDRAW -> project.withdraw("Changed plans", NOW);
			case START_FORMAL_CHECK -> project.startFormalCheck(NOW);
			case PASS_FORMAL_CHECK -> project.passFormalCheck(NOW);
			case RETURN_FOR_CORRECTION -> project.returnForCorrection("Missing signature", NOW);
			case REJECT -> project.reject("Out of the program's scope", NOW);
			case APPROVE -> project.approve(APPROVED_BUDGET, 2026, FORTY_FORTY_TWENTY, "planner", NOW);
			case RECORD_FUNDS_COMMITTED -> project.recordFundsCommitted(ALLOCATION, 1, NOW);
			case RECORD_ALLOCATION_REJECTED ->
				project.recordAllocationRejected(ALLOCATION, 1, "NO_FUND", "No fund pays for the program in 2026", NOW);
			case RESUBMIT_FOR_FUNDING -> project.resubmitForFunding(NOW);
			case CONTRACT -> project.contract("HT-2026-0042", TODAY, 0, NOW);
			case START -> project.start(NOW);
			case REPORT_MILESTONE -> project.reportMilestone(SECOND_MILESTONE, "Validation finished", NOW);
			case ACCEPT_MILESTONE -> project.acceptMilestone(SECOND_MILESTONE, NOW);
			case MIDTERM_CHECK -> project.midtermCheck(MidtermCheck.Result.PASSED, "", ProjectFixtures.ANY_TIME,
					ProjectFixtures.PLANNED_START);
			case REQUEST_ACCEPTANCE -> project.requestAcceptance(ProjectFixtures.ANY_TIME, NOW);
			case ACCEPT -> project.accept(NOW);
			case FAIL_ACCEPTANCE -> project.failAcceptance("Deliverables missing", NOW);
			case CLOSE -> project.close(NOW);
			case SUSPEND -> project.suspend("Integrity investigation", NOW);
			case RESUME -> project.resume(NOW);
			case TERMINATE -> project.terminate("Integrity sanction", NOW);
		};
	}

	private static List<ProjectAction> actionsOf(ProjectRole role) {
		return Arrays.stream(ProjectAction.values()).filter((action) -> action.role() == role).toList();
	}

	/** A project's situation: its state and, in APPROVED, its funding; with the actions it allows. */
	enum Situation {

		DRAFT(ProjectStatus.DRAFT, ProjectFixtures::draft, EDIT, DELETE, SUBMIT),

		SUBMITTED(ProjectStatus.SUBMITTED, ProjectFixtures::submitted, START_FORMAL_CHECK, WITHDRAW),

		FORMAL_CHECK(ProjectStatus.FORMAL_CHECK, ProjectFixtures::formalCheck, PASS_FORMAL_CHECK,
				RETURN_FOR_CORRECTION, REJECT, WITHDRAW),

		RETURNED(ProjectStatus.RETURNED, ProjectFixtures::returned, EDIT, SUBMIT, WITHDRAW),

		WITHDRAWN(ProjectStatus.WITHDRAWN, ProjectFixtures::withdrawn),

		EXPERT_REVIEW(ProjectStatus.EXPERT_REVIEW, ProjectFixtures::expertReview, APPROVE, REJECT, WITHDRAW),

		APPROVED_AWAITING_FUNDS(ProjectStatus.APPROVED, ProjectFixtures::approved, RECORD_FUNDS_COMMITTED,
				RECORD_ALLOCATION_REJECTED, TERMINATE),

		APPROVED_AND_FUNDED(ProjectStatus.APPROVED, ProjectFixtures::funded, CONTRACT, TERMINATE),

		APPROVED_BUT_ALLOCATION_REJECTED(ProjectStatus.APPROVED, ProjectFixtures::fundingRejected,
				RESUBMIT_FOR_FUNDING, TERMINATE),

		REJECTED(ProjectStatus.REJECTED, ProjectFixtures::rejected),

		CONTRACTED(ProjectStatus.CONTRACTED, ProjectFixtures::contracted, START, SUSPEND, TERMINATE),

		IN_PROGRESS(ProjectStatus.IN_PROGRESS, ProjectFixtures::inProgress, REPORT_MILESTONE, ACCEPT_MILESTONE,
				MIDTERM_CHECK, REQUEST_ACCEPTANCE, SUSPEND, TERMINATE),

		MIDTERM_CHECKED(ProjectStatus.MIDTERM_CHECKED, ProjectFixtures::midtermChecked, REPORT_MILESTONE,
				ACCEPT_MILESTONE, REQUEST_ACCEPTANCE, SUSPEND, TERMINATE),

		ACCEPTANCE_REQUESTED(ProjectStatus.ACCEPTANCE_REQUESTED, ProjectFixtures::acceptanceRequested, ACCEPT,
				FAIL_ACCEPTANCE, SUSPEND, TERMINATE),

		ACCEPTED(ProjectStatus.ACCEPTED, ProjectFixtures::accepted, CLOSE),

		FAILED_ACCEPTANCE(ProjectStatus.FAILED_ACCEPTANCE, ProjectFixtures::failedAcceptance, CLOSE),

		CLOSED(ProjectStatus.CLOSED, ProjectFixtures::closed),

		SUSPENDED(ProjectStatus.SUSPENDED, ProjectFixtures::suspended, RESUME, TERMINATE),

		TERMINATED(ProjectStatus.TERMINATED, ProjectFixtures::terminated);

		private final ProjectStatus status;

		private final Supplier<Project> project;

		private final Set<ProjectAction> allowed;

		Situation(ProjectStatus status, Supplier<Project> project, ProjectAction... allowed) {
			this.status = status;
			this.project = project;
			this.allowed = Set.of(allowed);
		}

		Project project() {
			Project project = this.project.get();
			assertThat(project.status()).isEqualTo(this.status);
			return project;
		}

		List<ProjectAction> allowed(ProjectRole role) {
			return this.allowed.stream().filter((action) -> action.role() == role).toList();
		}

		List<String> allowedNames(ProjectRole role) {
			return allowed(role).stream().map(ProjectAction::actionName).toList();
		}

	}

}
