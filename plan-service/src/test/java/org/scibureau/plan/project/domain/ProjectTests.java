package org.scibureau.plan.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.project.domain.ProjectFixtures.ALLOCATION;
import static org.scibureau.plan.project.domain.ProjectFixtures.APPROVED_BUDGET;
import static org.scibureau.plan.project.domain.ProjectFixtures.FIRST_MILESTONE;
import static org.scibureau.plan.project.domain.ProjectFixtures.FORTY_FORTY_TWENTY;
import static org.scibureau.plan.project.domain.ProjectFixtures.NOW;
import static org.scibureau.plan.project.domain.ProjectFixtures.SECOND_MILESTONE;
import static org.scibureau.plan.project.domain.ProjectFixtures.TIERS;
import static org.scibureau.plan.project.domain.ProjectFixtures.TODAY;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.scibureau.platform.domain.IllegalTransition;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;

class ProjectTests {

	private static final Instant LATER = NOW.plusSeconds(3600);

	private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

	@Test
	void submitsADraftWhileTheCallIsOpen() {
		Project submitted = ProjectFixtures.draft().submit(true, List.of(), TIERS, LATER);

		assertThat(submitted.status()).isEqualTo(ProjectStatus.SUBMITTED);
		assertThat(submitted.submittedAt()).isEqualTo(LATER);
		assertThat(submitted.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void refusesSubmissionWithTheClosedCallTheFailedEligibilityRulesAndTheContentRulesAtOnce() {
		Project draft = ProjectFixtures.draft().edit(withoutMilestones(), NOW);
		RuleViolation sanctioned = new RuleViolation("principalInvestigatorId", "pi-sanctioned");
		RuleViolation tooLong = new RuleViolation("durationMonths", "max-duration", 12);

		assertThatExceptionOfType(RulesViolated.class)
			.isThrownBy(() -> draft.submit(false, List.of(sanctioned, tooLong), TIERS, NOW))
			.satisfies((refused) -> assertThat(refused.violations())
				.extracting(RuleViolation::field, RuleViolation::rule)
				.containsExactly(tuple("callId", "call-not-open"), tuple("principalInvestigatorId", "pi-sanctioned"),
						tuple("durationMonths", "max-duration"), tuple("milestones", "required")));
	}

	@Test
	void keepsTheReturnReasonVisibleWhileTheApplicantCorrects() {
		Project returned = ProjectFixtures.returned();

		Project corrected = returned.edit(ProjectFixtures.content(), LATER);
		Project resubmitted = corrected.submit(true, List.of(), TIERS, LATER);

		assertThat(corrected.status()).isEqualTo(ProjectStatus.RETURNED);
		assertThat(corrected.statusReason()).isEqualTo("The budget justification is missing");
		assertThat(resubmitted.status()).isEqualTo(ProjectStatus.SUBMITTED);
		assertThat(resubmitted.statusReason()).isNull();
		assertThat(resubmitted.submittedAt()).as("first submission").isEqualTo(NOW);
	}

	@Test
	void refusesResubmissionOnceTheCallHasClosed() {
		assertThatExceptionOfType(RulesViolated.class)
			.isThrownBy(() -> ProjectFixtures.returned().submit(false, List.of(), TIERS, LATER))
			.satisfies((refused) -> assertThat(refused.violations()).extracting(RuleViolation::rule)
				.containsExactly("call-not-open"));
	}

	@Test
	void refusesToDeleteASubmittedApplication() {
		Project submitted = ProjectFixtures.submitted();

		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(submitted::requireDeletable)
			.satisfies((refused) -> assertThat(refused.allowedActions()).containsExactly("withdraw"));
	}

	@Test
	void withdrawsWithOrWithoutAReason() {
		assertThat(ProjectFixtures.expertReview().withdraw("Funded elsewhere", NOW).statusReason())
			.isEqualTo("Funded elsewhere");
		assertThat(ProjectFixtures.submitted().withdraw(" ", NOW).statusReason()).isNull();
		assertThat(ProjectFixtures.returned().withdraw(null, NOW).status()).isEqualTo(ProjectStatus.WITHDRAWN);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("actionsNeedingAReason")
	void requiresAReasonWhereOneIsOwed(String action, Function<String, Project> withReason) {
		assertThatExceptionOfType(RulesViolated.class).isThrownBy(() -> withReason.apply("  "))
			.satisfies((refused) -> assertThat(refused.violations())
				.extracting(RuleViolation::field, RuleViolation::rule)
				.containsExactly(tuple("reason", "required")));
		assertThat(withReason.apply("Because").statusReason()).isEqualTo("Because");
	}

	static List<Arguments> actionsNeedingAReason() {
		return List.of(
				Arguments.of("return-for-correction",
						(Function<String, Project>) (reason) -> ProjectFixtures.formalCheck()
							.returnForCorrection(reason, NOW)),
				Arguments.of("reject",
						(Function<String, Project>) (reason) -> ProjectFixtures.expertReview().reject(reason, NOW)),
				Arguments.of("fail-acceptance",
						(Function<String, Project>) (reason) -> ProjectFixtures.acceptanceRequested()
							.failAcceptance(reason, NOW)),
				Arguments.of("suspend",
						(Function<String, Project>) (reason) -> ProjectFixtures.contracted().suspend(reason, NOW)),
				Arguments.of("terminate",
						(Function<String, Project>) (reason) -> ProjectFixtures.funded().terminate(reason, NOW)));
	}

	@Test
	void approvesWithATranchePlanAndAwaitsTheFirstFundingAttempt() {
		Project approved = ProjectFixtures.expertReview().approve(new BigDecimal("900000"), 2027, FORTY_FORTY_TWENTY,
				"planner", LATER);

		assertThat(approved.status()).isEqualTo(ProjectStatus.APPROVED);
		assertThat(approved.approval()).isNotNull().satisfies((approval) -> {
			assertThat(approval.budget()).isEqualTo(new BigDecimal("900000.00"));
			assertThat(approval.fiscalYear()).isEqualTo(2027);
			assertThat(approval.approvedAt()).isEqualTo(LATER);
			assertThat(approval.approvedBy()).isEqualTo("planner");
			assertThat(approval.tranches()).extracting(Tranche::amount, Tranche::trigger, Tranche::milestoneId)
				.containsExactly(tuple(new BigDecimal("360000.00"), TrancheTrigger.CONTRACT_SIGNED, null),
						tuple(new BigDecimal("360000.00"), TrancheTrigger.MILESTONE_ACCEPTED, FIRST_MILESTONE),
						tuple(new BigDecimal("180000.00"), TrancheTrigger.PROJECT_ACCEPTED, null));
		});
		assertThat(approved.funding()).isEqualTo(new Funding(1, Funding.Outcome.REQUESTED, null, null, null));
	}

	@Test
	void refusesAnApprovalBreakingItsRulesWithAllOfThem() {
		Project reviewed = ProjectFixtures.expertReview();

		assertThatExceptionOfType(RulesViolated.class)
			.isThrownBy(
					() -> reviewed.approve(new BigDecimal("1150000.001"), 2025, FORTY_FORTY_TWENTY, "planner", NOW))
			.satisfies((refused) -> assertThat(refused.violations())
				.extracting(RuleViolation::field, RuleViolation::rule)
				.containsExactly(tuple("approvedBudget", "money-scale"), tuple("approvedBudget", "exceeds-requested"),
						tuple("fiscalYear", "past-fiscal-year")));
		assertThatExceptionOfType(RulesViolated.class)
			.isThrownBy(() -> reviewed.approve(BigDecimal.ZERO, 2026, FORTY_FORTY_TWENTY, "planner", NOW))
			.satisfies((refused) -> assertThat(refused.violations()).extracting(RuleViolation::rule)
				.containsExactly("not-positive"));
	}

	@Test
	void scalesTheRequestedLinesToTheApprovedTotalToTheFen() {
		// ¥1.15M requested: equipment 300k, materials 200k, testing 100k, travel 50k, publication 20k, personnel 250k,
		// outsourcing 80k, indirect 150k; approved ¥1M.
		Map<BudgetCategory, BigDecimal> scaled = ProjectFixtures.content().budget().scaledTo(new BigDecimal("1000000.00"));

		assertThat(scaled.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000000.00");
		assertThat(scaled.get(BudgetCategory.MATERIALS)).isEqualByComparingTo("173913.04");
		assertThat(scaled.get(BudgetCategory.EQUIPMENT)).isEqualByComparingTo("260869.59");
		assertThat(scaled).containsOnlyKeys(BudgetCategory.values());
	}

	@Test
	void approvesUpToTheRequestedTotal() {
		Project approved = ProjectFixtures.expertReview().approve(new BigDecimal("1150000.00"), 2026,
				FORTY_FORTY_TWENTY, "planner", NOW);

		assertThat(approved.approval()).isNotNull()
			.extracting(Approval::budget)
			.isEqualTo(new BigDecimal("1150000.00"));
	}

	@Test
	void refusesTheContractUntilFundsAreCommitted() {
		Project approved = ProjectFixtures.approved();

		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> approved.contract("HT-2026-0042", TODAY, 0, NOW))
			.satisfies((refused) -> {
				assertThat(refused.currentState()).isEqualTo("APPROVED");
				assertThat(refused.allowedActions()).containsExactly("terminate");
			});
	}

	@Test
	void recordsCommittedFundsSoThatTheContractMayBeRecorded() {
		Project funded = ProjectFixtures.approved().recordFundsCommitted(ALLOCATION, 1, LATER);

		assertThat(funded.status()).isEqualTo(ProjectStatus.APPROVED);
		assertThat(funded.funding()).isNotNull().satisfies((funding) -> {
			assertThat(funding.fundsCommitted()).isTrue();
			assertThat(funding.allocationId()).isEqualTo(ALLOCATION);
		});
		assertThat(funded.updatedAt()).isEqualTo(LATER);
		assertThat(funded.allowedActions(ProjectRole.PLAN_OFFICER)).containsExactly(ProjectAction.CONTRACT,
				ProjectAction.TERMINATE);
	}

	@Test
	void keepsARejectedAllocationVisibleUntilItIsResubmittedForFundingAsTheNextAttempt() {
		UUID secondAllocation = UUID.randomUUID();
		UUID thirdAllocation = UUID.randomUUID();

		Project rejectedOnce = ProjectFixtures.fundingRejected();
		Project secondAttempt = rejectedOnce.resubmitForFunding(LATER);
		Project rejectedTwice = secondAttempt.recordAllocationRejected(secondAllocation, 2, "NO_FUND",
				"No fund pays for the program in 2026", LATER);
		Project funded = rejectedTwice.resubmitForFunding(LATER).recordFundsCommitted(thirdAllocation, 3, LATER);

		assertThat(rejectedOnce.status()).isEqualTo(ProjectStatus.APPROVED);
		assertThat(rejectedOnce.funding()).isEqualTo(new Funding(1, Funding.Outcome.REJECTED, ALLOCATION,
				"INSUFFICIENT_FUNDS", "The 2026 fund has ¥200,000.00 left"));
		assertThat(rejectedOnce.allowedActions(ProjectRole.PLAN_OFFICER))
			.containsExactly(ProjectAction.RESUBMIT_FOR_FUNDING, ProjectAction.TERMINATE);
		assertThat(secondAttempt.funding()).isEqualTo(new Funding(2, Funding.Outcome.REQUESTED, null, null, null));
		assertThat(rejectedTwice.funding()).isNotNull()
			.extracting(Funding::attempt, Funding::rejectionReason)
			.containsExactly(2, "NO_FUND");
		assertThat(funded.funding()).isEqualTo(new Funding(3, Funding.Outcome.COMMITTED, thirdAllocation, null, null));
		assertThat(funded.contract("HT-2026-0042", TODAY, 0, LATER).status()).isEqualTo(ProjectStatus.CONTRACTED);
	}

	@Test
	void refusesAFundingOutcomeForAnotherAttempt() {
		Project secondAttempt = ProjectFixtures.fundingRejected().resubmitForFunding(NOW);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> secondAttempt.recordFundsCommitted(UUID.randomUUID(), 1, NOW))
			.withMessageContaining("attempt 1").withMessageContaining("attempt 2");
	}

	@Test
	void refusesASecondOutcomeForTheSameAttempt() {
		Project funded = ProjectFixtures.funded();

		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> funded.recordAllocationRejected(ALLOCATION, 1, "NO_FUND", "", NOW))
			.satisfies((refused) -> assertThat(refused.allowedActions()).isEmpty());
	}

	@Test
	void recordsTheContractSignedBetweenTheApprovalDayAndToday() {
		Project contracted = ProjectFixtures.funded().contract("HT-2026-0042", TODAY, 0, NOW);

		assertThat(contracted.contract()).isEqualTo(new Contract("HT-2026-0042", TODAY));
		assertThat(contracted.funding()).isEqualTo(ProjectFixtures.funded().funding());
	}

	@Test
	void refusesAContractWithoutNumberOrSignedOutsideItsPeriod() {
		Project funded = ProjectFixtures.funded();

		assertThatExceptionOfType(RulesViolated.class)
			.isThrownBy(() -> funded.contract(" ", TODAY.plusDays(1), 0, NOW))
			.satisfies((refused) -> assertThat(refused.violations())
				.extracting(RuleViolation::field, RuleViolation::rule)
				.containsExactly(tuple("contractNumber", "required"), tuple("signedOn", "in-future")));
		assertThatExceptionOfType(RulesViolated.class)
			.isThrownBy(() -> funded.contract("HT-2026-0042", TODAY.minusDays(1), 0, NOW))
			.satisfies((refused) -> assertThat(refused.violations()).extracting(RuleViolation::rule)
				.containsExactly("before-approval"));
	}

	@Test
	void signsTheContractOnlyOnceTheApprovalsPublicNoticeHasRun() {
		Project funded = ProjectFixtures.funded();
		Instant aWeekLater = NOW.plus(Duration.ofDays(7));

		assertThatExceptionOfType(RulesViolated.class)
			.isThrownBy(() -> funded.contract("HT-2026-0042", TODAY.plusDays(6), 7, aWeekLater))
			.satisfies((refused) -> assertThat(refused.violations())
				.extracting(RuleViolation::field, RuleViolation::rule)
				.containsExactly(tuple("signedOn", "during-publicity")))
			.satisfies((refused) -> assertThat(refused.violations().getFirst().arguments())
				.containsExactly(TODAY.plusDays(7)));
		assertThat(funded.contract("HT-2026-0042", TODAY.plusDays(7), 7, aWeekLater).status())
			.isEqualTo(ProjectStatus.CONTRACTED);
	}

	@Test
	void takesTheBureausCalendarDayForTheContract() {
		// 17:00 UTC on 1 March is 01:00 on 2 March in Shanghai.
		Project approvedLateInTheUtcDay = ProjectFixtures.expertReview()
			.approve(APPROVED_BUDGET, 2026, FORTY_FORTY_TWENTY, "planner", Instant.parse("2026-03-01T17:00:00Z"))
			.recordFundsCommitted(ALLOCATION, 1, NOW);

		assertThatExceptionOfType(RulesViolated.class)
			.isThrownBy(() -> approvedLateInTheUtcDay.contract("HT-1", TODAY.minusDays(1), 0, NOW));
		assertThat(approvedLateInTheUtcDay.contract("HT-1", TODAY, 0, NOW).status()).isEqualTo(ProjectStatus.CONTRACTED);
	}

	@Test
	void replacesTheReportOfAMilestoneNotYetAccepted() {
		Project started = ProjectFixtures.contracted().start(NOW);

		Project reported = started.reportMilestone(FIRST_MILESTONE, "Draft", NOW)
			.reportMilestone(FIRST_MILESTONE, "Prototype built", LATER);

		assertThat(reported.milestoneReports())
			.containsExactly(new MilestoneReport(FIRST_MILESTONE, "Prototype built", LATER, null));
	}

	@Test
	void acceptsAReportedMilestone() {
		Project accepted = ProjectFixtures.inProgress().acceptMilestone(SECOND_MILESTONE, LATER);

		assertThat(accepted.milestoneReports()).filteredOn((report) -> report.milestoneId().equals(SECOND_MILESTONE))
			.singleElement()
			.satisfies((report) -> {
				assertThat(report.accepted()).isTrue();
				assertThat(report.acceptedAt()).isEqualTo(LATER);
				assertThat(report.report()).isEqualTo("Clinical validation done");
			});
		assertThat(accepted.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
	}

	@Test
	void refusesMilestoneReportsAndAcceptancesThatDoNotFit() {
		Project started = ProjectFixtures.contracted().start(NOW);
		Project inProgress = ProjectFixtures.inProgress();
		UUID unknown = UUID.randomUUID();

		assertThat(refusal(() -> started.reportMilestone(unknown, " ", NOW)))
			.containsExactly(tuple("report", "required"), tuple("milestoneId", "unknown-milestone"));
		assertThat(refusal(() -> inProgress.reportMilestone(FIRST_MILESTONE, "Again", NOW)))
			.containsExactly(tuple("milestoneId", "milestone-accepted"));
		assertThat(refusal(() -> started.acceptMilestone(unknown, NOW)))
			.containsExactly(tuple("milestoneId", "unknown-milestone"));
		assertThat(refusal(() -> started.acceptMilestone(FIRST_MILESTONE, NOW)))
			.containsExactly(tuple("milestoneId", "milestone-not-reported"));
		assertThat(refusal(() -> inProgress.acceptMilestone(FIRST_MILESTONE, NOW)))
			.containsExactly(tuple("milestoneId", "milestone-accepted"));
	}

	@Test
	void recordsTheMidtermCheckAndWantsRemarksWithConcerns() {
		Project inProgress = ProjectFixtures.inProgress();

		Instant checkedAt = ProjectFixtures.PLANNED_START.plusSeconds(3600);
		Project checked = inProgress.midtermCheck(MidtermCheck.Result.CONCERNS, "Recruitment is behind",
				ProjectFixtures.ANY_TIME, checkedAt);

		assertThat(checked.status()).isEqualTo(ProjectStatus.MIDTERM_CHECKED);
		assertThat(checked.midtermCheck())
			.isEqualTo(new MidtermCheck(MidtermCheck.Result.CONCERNS, "Recruitment is behind", checkedAt));
		assertThat(refusal(() -> inProgress.midtermCheck(MidtermCheck.Result.CONCERNS, " ", ProjectFixtures.ANY_TIME,
				checkedAt)))
			.containsExactly(tuple("remarks", "required"));
	}

	@Test
	void holdsTheMidtermCheckOnlyOnceItsShareOfThePlannedPeriodHasRun() {
		// Two years from 1 July 2026 are 731 days; 40% of them, rounded up, is 293 days: 20 April 2027.
		MidtermCheckTiming fortyPercent = new MidtermCheckTiming(40, 61);
		Project inProgress = ProjectFixtures.inProgress();
		Instant dayBefore = LocalDate.of(2027, 4, 19).atTime(23, 0).atZone(BUREAU).toInstant();
		Instant firstDay = LocalDate.of(2027, 4, 20).atStartOfDay(BUREAU).toInstant();

		assertThat(refusal(() -> inProgress.midtermCheck(MidtermCheck.Result.PASSED, "", fortyPercent, dayBefore)))
			.containsExactly(tuple("$", "midterm-check-too-early"));
		assertThat(inProgress.midtermCheck(MidtermCheck.Result.PASSED, "", fortyPercent, firstDay).status())
			.isEqualTo(ProjectStatus.MIDTERM_CHECKED);
	}

	@Test
	void requiresAMidtermCheckBeforeAcceptanceOfProjectsAsLongAsTheRuleSays() {
		Project allAccepted = ProjectFixtures.inProgress().acceptMilestone(SECOND_MILESTONE, NOW);
		MidtermCheckTiming fromTwoYears = new MidtermCheckTiming(0, 24);
		MidtermCheckTiming fromThreeYears = new MidtermCheckTiming(0, 36);

		assertThat(refusal(() -> allAccepted.requestAcceptance(fromTwoYears, NOW)))
			.containsExactly(tuple("$", "midterm-check-required"));
		assertThat(allAccepted.requestAcceptance(fromThreeYears, NOW).status())
			.isEqualTo(ProjectStatus.ACCEPTANCE_REQUESTED);
		assertThat(allAccepted.midtermCheck(MidtermCheck.Result.PASSED, "", fromTwoYears, ProjectFixtures.PLANNED_START)
			.requestAcceptance(fromTwoYears, ProjectFixtures.PLANNED_START)
			.status()).isEqualTo(ProjectStatus.ACCEPTANCE_REQUESTED);
	}

	@Test
	void refusesToRequestAcceptanceBeforeEveryMilestoneIsAccepted() {
		Project started = ProjectFixtures.contracted().start(NOW);

		assertThat(refusal(() -> started.requestAcceptance(ProjectFixtures.ANY_TIME, NOW))).containsExactly(
				tuple("milestones[0]", "milestone-not-accepted"), tuple("milestones[1]", "milestone-not-accepted"));
		assertThat(refusal(() -> ProjectFixtures.inProgress().requestAcceptance(ProjectFixtures.ANY_TIME, NOW)))
			.containsExactly(tuple("milestones[1]", "milestone-not-accepted"));
	}

	@Test
	void carriesTheContractAndMilestonesThroughToClosure() {
		Project closed = ProjectFixtures.closed();

		assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
		assertThat(closed.contract()).isNotNull();
		assertThat(closed.approval()).isNotNull();
		assertThat(closed.milestoneReports()).hasSize(2).allMatch(MilestoneReport::accepted);
		assertThat(closed.allowedActions(ProjectRole.PLAN_OFFICER)).isEmpty();
	}

	@Test
	void terminatesAnApprovedProjectBeforeItsContract() {
		Project terminated = ProjectFixtures.funded().terminate("Integrity sanction", NOW);

		assertThat(terminated.status()).isEqualTo(ProjectStatus.TERMINATED);
		assertThat(terminated.allowedActions(ProjectRole.FUNDING_SERVICE)).isEmpty();
	}

	@Test
	void remembersOnlyTheStateOfASuspendedProject() {
		Project draft = ProjectFixtures.draft();

		assertThatIllegalArgumentException().isThrownBy(() -> new Project(draft.id(), draft.reference(),
				draft.callId(), draft.programId(), draft.organisationId(), draft.jurisdiction(), draft.content(),
				ProjectStatus.DRAFT, ProjectStatus.IN_PROGRESS, null, null, null, null, null, List.of(), 0,
				draft.createdAt(), draft.updatedAt(), null));
	}

	private static ProjectContent withoutMilestones() {
		ProjectContent content = ProjectFixtures.content();
		return new ProjectContent(content.title(), content.summary(), content.fields(),
				content.principalInvestigatorId(), content.teamMemberIds(), content.durationMonths(),
				content.startDate(), content.budget(), List.of());
	}

	/** The field and rule of each violation that refuses the action. */
	private static List<Tuple> refusal(ThrowingCallable action) {
		RulesViolated refused = catchThrowableOfType(RulesViolated.class, action);
		assertThat(refused).as("refused by the rules").isNotNull();
		return refused.violations().stream().map((violation) -> tuple(violation.field(), violation.rule())).toList();
	}

}
