package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.scibureau.local.seed.ProjectSeed.Target;

import static org.assertj.core.api.Assertions.assertThat;

class DemoApplicationsTests {

	private static final DemoDirectory DIRECTORY = DemoDirectoryTests.theAuthServersDirectory();

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC);

	private static final List<ProjectSeed> PROJECTS = DemoApplications.projects(CLOCK);

	private static final Map<String, CallSeed> CALLS = DemoData.calls(CLOCK)
		.stream()
		.collect(Collectors.toMap(CallSeed::key, Function.identity()));

	@Test
	void everyTargetStateHasAnApplicationAndTitlesAndKeysAreUnique() {
		assertThat(PROJECTS).extracting(ProjectSeed::target).containsAll(List.of(Target.values()));
		assertThat(PROJECTS).extracting(ProjectSeed::key).doesNotHaveDuplicates();
		assertThat(PROJECTS).extracting(ProjectSeed::title).doesNotHaveDuplicates();
	}

	@Test
	void everyApplicationIsLedByAResearcherOfItsOrganisationWithOtherDemoResearchersInItsTeam() {
		assertThat(PROJECTS).allSatisfy((project) -> {
			assertThat(DIRECTORY.talent(project.principalInvestigator()).organisation())
				.isEqualTo(DIRECTORY.organisation(project.organisation()).key());
			assertThat(project.team()).doesNotContain(project.principalInvestigator())
				.allSatisfy((member) -> assertThat(DIRECTORY.talent(member)).isNotNull());
		});
	}

	@Test
	void everyApplicationIsInItsCallsPriorityAreaAndUsesTheTalentPoolsFields() {
		Map<String, String> areas = DemoData.plans()
			.stream()
			.flatMap((plan) -> plan.programs().stream().map((program) -> Map.entry(plan.key() + program.name(),
					program.priorityArea())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Set<String> poolFields = Stream
			.concat(DemoData.researchers(DIRECTORY).stream().flatMap((researcher) -> researcher.fields().stream()),
					DemoData.experts(DIRECTORY, CLOCK).stream().flatMap((expert) -> expert.reviewFields().stream()))
			.collect(Collectors.toSet());

		assertThat(PROJECTS).allSatisfy((project) -> {
			CallSeed call = CALLS.get(project.callKey());
			assertThat(call.target()).as(project.key()).isNotEqualTo(CallSeed.Target.CLOSED);
			assertThat(project.fields()).as(project.key())
				.contains(areas.get(call.planKey() + call.programName()))
				.doesNotHaveDuplicates()
				.isSubsetOf(poolFields);
		});
	}

	@Test
	void applicationsBeyondADraftApplyToOpenCalls() {
		assertThat(PROJECTS).filteredOn((project) -> project.target() != Target.DRAFT)
			.allSatisfy((project) -> assertThat(CALLS.get(project.callKey()).target()).isEqualTo(CallSeed.Target.OPEN));
	}

	@Test
	void budgetsAreSensibleAndKeepIndirectCostsWithinThirtyPercentOfDirectCostsLessEquipment() {
		assertThat(PROJECTS).allSatisfy((project) -> {
			assertThat(project.requested()).as(project.key()).isBetween(new BigDecimal("300000.00"),
					new BigDecimal("5000000.00"));
			BigDecimal base = sum(project, (category) -> !category.equals("INDIRECT") && !category.equals("EQUIPMENT"));
			BigDecimal indirect = sum(project, "INDIRECT"::equals);
			assertThat(indirect).as(project.key())
				.isLessThanOrEqualTo(base.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.DOWN));
			assertThat(project.budget()).allSatisfy((line) -> assertThat(line.amount().scale()).isEqualTo(2));
		});
	}

	@Test
	void milestonesFallWithinTheProjectAndProjectsStartAfterTheirCallClosesOrTheStandingCallOpens() {
		assertThat(PROJECTS).allSatisfy((project) -> {
			assertThat(project.milestones()).isNotEmpty()
				.allSatisfy((milestone) -> assertThat(milestone.dueDate(project.startDate()))
					.isBetween(project.startDate(), project.endDate()));
			CallSeed call = CALLS.get(project.callKey());
			assertThat(project.startDate().atStartOfDay(DemoData.BUREAU_TIME_ZONE).toInstant()).as(project.key())
				.isAfter(project.callKey().equals(DemoData.DIGITAL_ECONOMY_CALL) ? call.opensAt() : call.closesAt());
		});
	}

	@Test
	void projectsUnderWayHaveRunLongEnoughForWhatTheyHaveDone() {
		LocalDate today = LocalDate.now(CLOCK.withZone(DemoData.BUREAU_TIME_ZONE));
		assertThat(PROJECTS).filteredOn((project) -> project.target() == Target.MIDTERM_CHECKED)
			.singleElement()
			.satisfies((project) -> assertThat(ChronoUnit.DAYS.between(project.startDate(), today))
				.as("40% of the planned period has run")
				.isGreaterThanOrEqualTo(ChronoUnit.DAYS.between(project.startDate(), project.endDate()) * 4 / 10 + 1));
		assertThat(PROJECTS)
			.filteredOn((project) -> project.target().compareTo(Target.ACCEPTANCE_REQUESTED) >= 0
					&& project.target().compareTo(Target.CLOSED) <= 0)
			.hasSize(4)
			.allSatisfy((project) -> {
				assertThat(project.endDate()).as(project.key()).isBefore(today);
				assertThat(project.durationMonths()).as("%s needs no mid-term check", project.key()).isLessThan(24);
			});
		assertThat(PROJECTS).filteredOn((project) -> project.target() == Target.CONTRACTED)
			.allSatisfy((project) -> assertThat(project.startDate()).isAfter(today));
	}

	@Test
	void applicationsSayWhyTheyAreReturnedWithdrawnOrStoppedAndApprovalsStayWithinTheRequest() {
		assertThat(PROJECTS)
			.filteredOn((project) -> Set.of(Target.RETURNED, Target.WITHDRAWN, Target.MIDTERM_CHECKED,
					Target.FAILED_ACCEPTANCE, Target.SUSPENDED, Target.TERMINATED).contains(project.target()))
			.hasSize(6)
			.allSatisfy((project) -> assertThat(project.reason()).as(project.key()).isNotBlank());
		assertThat(PROJECTS).filteredOn((project) -> project.target().approved())
			.allSatisfy((project) -> assertThat(project.approvedBudget()).isPositive()
				.isLessThanOrEqualTo(project.requested()));
	}

	@Test
	void reviewsCoverTheApplicationsInExpertReviewOfTheirCallAndApproveWithinTheirRequests() {
		Map<String, ProjectSeed> projects = PROJECTS.stream()
			.collect(Collectors.toMap(ProjectSeed::key, Function.identity()));

		assertThat(DemoApplications.reviews()).allSatisfy((review) -> {
			List<String> inReview = PROJECTS.stream()
				.filter((project) -> project.callKey().equals(review.callKey())
						&& project.target() == Target.EXPERT_REVIEW)
				.map(ProjectSeed::key)
				.toList();
			assertThat(review.sheets().keySet()).containsExactlyInAnyOrderElementsOf(inReview);
			assertThat(review.sheets().values()).allSatisfy((sheet) -> {
				assertThat(sheet.merit()).isBetween(0, 100);
				assertThat(sheet.comment()).isNotBlank();
			});
			if (review.scorer() != null) {
				assertThat(DIRECTORY.talent(review.scorer())).isNotNull();
			}
			if (review.decision() != null) {
				assertThat(review.decision().approvals()).allSatisfy((key, budget) -> assertThat(budget)
					.isPositive()
					.isLessThanOrEqualTo(projects.get(key).requested()));
				assertThat(inReview).containsAll(review.decision().approvals().keySet());
				assertThat(review.decision().rejectionReason()).isNotBlank();
			}
		});
		assertThat(DemoApplications.reviews()).filteredOn((review) -> review.decision() == null).isNotEmpty();
		assertThat(DemoApplications.reviews()).filteredOn((review) -> review.decision() != null).isNotEmpty();
	}

	@Test
	void aSheetScoresEveryCriterionAroundTheMeritWithinZeroToAHundred() {
		ReviewSeed.Sheet sheet = new ReviewSeed.Sheet(98, "Excellent.");

		Map<String, Object> body = sheet.body(List.of("innovation", "feasibility", "team", "budget", "impact"));

		assertThat(body).containsEntry("comment", "Excellent.");
		assertThat(body.get("scores")).isEqualTo(
				Map.of("innovation", 100, "feasibility", 96, "team", 100, "budget", 93, "impact", 100));
	}

	@Test
	void aTargetIsReachedByItsStepsAndNothingIsDoneOffItsPath() {
		assertThat(Target.RETURNED.stepFrom("DRAFT")).isEqualTo(ProjectSeed.Step.SUBMIT);
		assertThat(Target.RETURNED.stepFrom("SUBMITTED")).isEqualTo(ProjectSeed.Step.START_FORMAL_CHECK);
		assertThat(Target.RETURNED.stepFrom("FORMAL_CHECK")).isEqualTo(ProjectSeed.Step.RETURN);
		assertThat(Target.RETURNED.stepFrom("RETURNED")).isNull();
		assertThat(Target.WITHDRAWN.stepFrom("SUBMITTED")).isEqualTo(ProjectSeed.Step.WITHDRAW);
		assertThat(Target.APPROVED.stepFrom("EXPERT_REVIEW")).isEqualTo(ProjectSeed.Step.APPROVE);
		assertThat(Target.EXPERT_REVIEW.stepFrom("EXPERT_REVIEW")).isNull();
		assertThat(Target.EXPERT_REVIEW.stepFrom("APPROVED")).isNull();
		assertThat(Target.SUBMITTED.stepFrom("WITHDRAWN")).isNull();
		assertThat(Target.DRAFT.stepFrom("DRAFT")).isNull();
	}

	private static BigDecimal sum(ProjectSeed project, Predicate<String> category) {
		return project.budget()
			.stream()
			.filter((line) -> category.test(line.category()))
			.map(ProjectSeed.BudgetLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
