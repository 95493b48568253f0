package org.scibureau.plan.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.review.domain.ReviewFixtures.expert;
import static org.scibureau.plan.review.domain.ReviewFixtures.id;
import static org.scibureau.plan.review.domain.ReviewFixtures.project;
import static org.scibureau.plan.review.domain.ReviewFixtures.unavailable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.scibureau.plan.review.domain.AssignmentPlan.Assignment;
import org.scibureau.plan.review.domain.AssignmentPlan.Exclusion;
import org.scibureau.plan.review.domain.AssignmentPlan.ProjectAssignment;
import org.scibureau.plan.review.domain.AssignmentPlan.Shortfall;
import org.scibureau.plan.review.domain.AssignmentPlan.ShortfallReason;

class ReviewerAssignmentTests {

	@Test
	void assignsTheExpertsWhoCoverMostOfTheProjectsFieldsAndSaysWhich() {
		ProjectProfile project = project(id(1), "ai", "biomedicine");
		List<Expert> experts = List.of(expert(id(10), "Biomedicine"), expert(id(11), "physics"),
				expert(id(12), "ai", "biomedicine", "energy"));

		AssignmentPlan plan = ReviewerAssignment.assign(List.of(project), experts, List.of(), 2, 1);

		assertThat(plan.complete()).isTrue();
		assertThat(plan.totalMismatch()).isEqualTo(1);
		assertThat(plan.projects().getFirst().reviewers())
			.containsExactly(new Assignment(id(12), new FieldMatch(List.of("ai", "biomedicine"), List.of())),
					new Assignment(id(10), new FieldMatch(List.of("biomedicine"), List.of("ai"))));
	}

	@Test
	void neverAssignsAConflictedExpertAndListsEveryReason() {
		ProjectProfile project = project(id(1), "ai");
		Conflict colleague = new Conflict(id(1), id(10), ConflictKind.SAME_ORGANISATION, id(100), null);
		Conflict away = unavailable(id(1), id(10));

		AssignmentPlan plan = ReviewerAssignment.assign(List.of(project),
				List.of(expert(id(10), "ai"), expert(id(11), "physics")), List.of(away, colleague), 1, 1);

		ProjectAssignment assignment = plan.projects().getFirst();
		assertThat(assignment.reviewers()).extracting(Assignment::expertId).containsExactly(id(11));
		assertThat(assignment.exclusions()).containsExactly(new Exclusion(id(10), List.of(colleague, away)));
		assertThat(assignment.eligibleExperts()).isEqualTo(1);
	}

	@Test
	void findsTheOptimumWhereFirstFitWouldNot() {
		List<ProjectProfile> projects = List.of(project(id(1), "ai"), project(id(2), "energy"));
		List<Expert> experts = List.of(expert(id(10), "ai", "energy"), expert(id(11), "ai"));

		AssignmentPlan plan = ReviewerAssignment.assign(projects, experts, List.of(), 1, 1);

		assertThat(plan.totalMismatch()).isZero();
		assertThat(plan.projects()).extracting(ProjectAssignment::projectId,
				(project) -> project.reviewers().getFirst().expertId())
			.containsExactly(tuple(id(1), id(11)), tuple(id(2), id(10)));
	}

	@Test
	void spreadsAPopularExpertNoFurtherThanTheirLimit() {
		List<ProjectProfile> projects = List.of(project(id(1), "ai"), project(id(2), "ai"), project(id(3), "ai"));
		List<Expert> experts = List.of(expert(id(10), "ai"), expert(id(11), "physics"), expert(id(12), "physics"));

		AssignmentPlan plan = ReviewerAssignment.assign(projects, experts, List.of(), 1, 2);

		assertThat(plan.complete()).isTrue();
		assertThat(plan.totalMismatch()).isEqualTo(1);
		assertThat(plan.projects()).flatExtracting(ProjectAssignment::reviewers)
			.extracting(Assignment::expertId)
			.filteredOn(id(10)::equals)
			.hasSize(2);
	}

	@Test
	void reportsAProjectWithTooFewEligibleExpertsAndStillAssignsWhatItCan() {
		List<ProjectProfile> projects = List.of(project(id(1), "ai"), project(id(2), "ai"));
		List<Expert> experts = List.of(expert(id(10), "ai"), expert(id(11), "ai"), expert(id(12), "ai"));
		List<Conflict> conflicts = List.of(unavailable(id(2), id(10)), unavailable(id(2), id(11)));

		AssignmentPlan plan = ReviewerAssignment.assign(projects, experts, conflicts, 2, 2);

		assertThat(plan.complete()).isFalse();
		assertThat(plan.assignments()).isEqualTo(3);
		assertThat(plan.shortOfReviewers()).singleElement().satisfies((project) -> {
			assertThat(project.projectId()).isEqualTo(id(2));
			assertThat(project.eligibleExperts()).isEqualTo(1);
			assertThat(project.reviewers()).extracting(Assignment::expertId).containsExactly(id(12));
			assertThat(project.shortfall()).isEqualTo(new Shortfall(1, ShortfallReason.TOO_FEW_ELIGIBLE_EXPERTS));
		});
	}

	@Test
	void reportsAProjectLeftWithoutReviewersWhenTheEligibleExpertsAreFull() {
		List<ProjectProfile> projects = List.of(project(id(1), "ai"), project(id(2), "ai"), project(id(3), "ai"));
		List<Expert> experts = List.of(expert(id(10), "ai"), expert(id(11), "ai"));

		AssignmentPlan plan = ReviewerAssignment.assign(projects, experts, List.of(), 1, 1);

		assertThat(plan.assignments()).isEqualTo(2);
		assertThat(plan.shortOfReviewers()).singleElement().satisfies((project) -> {
			assertThat(project.eligibleExperts()).isEqualTo(2);
			assertThat(project.shortfall())
				.isEqualTo(new Shortfall(1, ShortfallReason.ELIGIBLE_EXPERTS_AT_CAPACITY));
		});
	}

	@Test
	void givesTheSameAssignmentWhateverTheInputOrder() {
		List<ProjectProfile> projects = new ArrayList<>();
		List<Expert> experts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			projects.add(project(id(i), "ai"));
			experts.add(expert(id(100 + i), "ai"));
		}
		AssignmentPlan plan = ReviewerAssignment.assign(projects, experts, List.of(), 2, 2);

		Collections.shuffle(projects, new Random(7));
		Collections.shuffle(experts, new Random(8));

		assertThat(ReviewerAssignment.assign(projects, experts, List.of(), 2, 2)).isEqualTo(plan);
	}

	@Test
	void assignsAFullBatchOfTwoHundredProjectsToFiveHundredExperts() {
		Random random = new Random(2026);
		List<String> fields = List.of("ai", "biomedicine", "energy", "materials", "agriculture", "environment");
		List<ProjectProfile> projects = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			projects.add(project(id(i), fields.get(random.nextInt(6)), fields.get(random.nextInt(6))));
		}
		List<Expert> experts = new ArrayList<>();
		List<Conflict> conflicts = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			experts.add(expert(id(1000 + i), fields.get(random.nextInt(6))));
			conflicts.add(unavailable(id(random.nextInt(200)), id(1000 + i)));
		}

		AssignmentPlan plan = ReviewerAssignment.assign(projects, experts, conflicts, 5, 3);

		assertThat(plan.complete()).isTrue();
		Map<UUID, Integer> load = new HashMap<>();
		plan.projects()
			.forEach((project) -> project.reviewers()
				.forEach((reviewer) -> load.merge(reviewer.expertId(), 1, Integer::sum)));
		assertThat(load.values()).allSatisfy((reviews) -> assertThat(reviews).isLessThanOrEqualTo(3));
		assertThat(plan.projects()).allSatisfy((project) -> assertThat(project.reviewers())
			.extracting(Assignment::expertId)
			.doesNotHaveDuplicates()
			.noneMatch((expert) -> project.exclusions().stream().anyMatch((e) -> e.expertId().equals(expert))));
	}

	@Test
	void refusesDuplicateProjectsOrExperts() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReviewerAssignment
			.assign(List.of(project(id(1)), project(id(1))), List.of(expert(id(10))), List.of(), 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> ReviewerAssignment.assign(List.of(project(id(1))),
				List.of(expert(id(10)), expert(id(10))), List.of(), 1, 1));
	}

	@Test
	void refusesConflictsOutsideTheBatch() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReviewerAssignment.assign(List.of(project(id(1))),
				List.of(expert(id(10))), List.of(unavailable(id(1), id(11))), 1, 1));
	}

	@Test
	void refusesQuotasBelowOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReviewerAssignment.assign(List.of(), List.of(), List.of(), 0, 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReviewerAssignment.assign(List.of(), List.of(), List.of(), 1, 0));
	}

}
