package org.scibureau.plan.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scibureau.plan.review.domain.ReviewFixtures.expert;
import static org.scibureau.plan.review.domain.ReviewFixtures.id;
import static org.scibureau.plan.review.domain.ReviewFixtures.project;
import static org.scibureau.plan.review.domain.ReviewFixtures.unavailable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import org.scibureau.plan.review.domain.AssignmentPlan.Assignment;
import org.scibureau.plan.review.domain.AssignmentPlan.ProjectAssignment;
import org.scibureau.plan.review.domain.AssignmentPlan.ShortfallReason;

/**
 * The assignment on small random batches (up to 4 projects, 5 experts, 2 reviewers each, 2 projects per expert),
 * checked against every feasible assignment enumerated by brute force.
 */
class ReviewerAssignmentPropertyTests {

	@Property(seed = "20260301", tries = 400)
	void makesAsManyAssignmentsAsPossibleAtTheLeastMismatch(@ForAll("batches") Batch batch) {
		AssignmentPlan plan = batch.assign();

		Best best = bruteForce(batch, 0, new int[batch.experts().size()]);
		assertThat(plan.assignments()).isEqualTo(best.assignments());
		assertThat(plan.totalMismatch()).isEqualTo(best.mismatch());
		Statistics.collect(plan.complete() ? "complete" : "short");
		Statistics.coverage((coverage) -> {
			coverage.check("complete").percentage((share) -> share >= 20);
			coverage.check("short").percentage((share) -> share >= 20);
		});
	}

	@Property(seed = "20260302", tries = 400)
	void keepsConflictsOutAndQuotasHeld(@ForAll("batches") Batch batch) {
		AssignmentPlan plan = batch.assign();

		Map<UUID, Integer> load = new HashMap<>();
		for (ProjectAssignment project : plan.projects()) {
			Set<UUID> excluded = new HashSet<>();
			project.exclusions().forEach((exclusion) -> excluded.add(exclusion.expertId()));
			List<UUID> reviewers = project.reviewers().stream().map(Assignment::expertId).toList();
			assertThat(reviewers).doesNotHaveDuplicates().noneMatch(excluded::contains);
			assertThat(project.eligibleExperts()).isEqualTo(batch.experts().size() - excluded.size());
			reviewers.forEach((expert) -> load.merge(expert, 1, Integer::sum));
			int missing = batch.k() - reviewers.size();
			if (missing == 0) {
				assertThat(project.shortfall()).isNull();
			}
			else {
				assertThat(project.shortfall()).isNotNull();
				assertThat(project.shortfall().missingReviewers()).isEqualTo(missing);
				assertThat(project.shortfall().reason()).isEqualTo((project.eligibleExperts() < batch.k())
						? ShortfallReason.TOO_FEW_ELIGIBLE_EXPERTS : ShortfallReason.ELIGIBLE_EXPERTS_AT_CAPACITY);
			}
		}
		assertThat(load.values()).allSatisfy((projects) -> assertThat(projects).isLessThanOrEqualTo(batch.m()));
		for (ProjectAssignment project : plan.shortOfReviewers()) {
			if (project.shortfall().reason() == ShortfallReason.ELIGIBLE_EXPERTS_AT_CAPACITY) {
				batch.experts()
					.stream()
					.map(Expert::id)
					.filter((expert) -> project.exclusions().stream().noneMatch((e) -> e.expertId().equals(expert)))
					.filter((expert) -> project.reviewers().stream().noneMatch((r) -> r.expertId().equals(expert)))
					.forEach((expert) -> assertThat(load.get(expert)).isEqualTo(batch.m()));
			}
		}
	}

	@Property(seed = "20260303", tries = 200)
	void dependsOnTheBatchNotOnItsOrder(@ForAll("batches") Batch batch, @ForAll long shuffleSeed) {
		List<ProjectProfile> projects = new ArrayList<>(batch.projects());
		List<Expert> experts = new ArrayList<>(batch.experts());
		List<Conflict> conflicts = new ArrayList<>(batch.conflicts());
		Collections.shuffle(projects, new Random(shuffleSeed));
		Collections.shuffle(experts, new Random(shuffleSeed + 1));
		Collections.shuffle(conflicts, new Random(shuffleSeed + 2));

		assertThat(ReviewerAssignment.assign(projects, experts, conflicts, batch.k(), batch.m()))
			.isEqualTo(batch.assign());
	}

	@Provide
	Arbitrary<Batch> batches() {
		Arbitrary<List<String>> fields = Arbitraries.of("ai", "biomedicine", "energy", "materials").list().ofMaxSize(3);
		Arbitrary<List<List<String>>> projectFields = fields.list().ofMinSize(1).ofMaxSize(4);
		Arbitrary<List<List<String>>> expertFields = fields.list().ofMinSize(1).ofMaxSize(5);
		Arbitrary<List<Boolean>> conflicted = Arbitraries.integers()
			.between(0, 3)
			.map((n) -> n == 0)
			.list()
			.ofSize(20);
		Arbitrary<Integer> quota = Arbitraries.integers().between(1, 2);
		return Combinators.combine(projectFields, expertFields, conflicted, quota, quota).as(Batch::of);
	}

	/** The most assignments, and the least mismatch among those, of every feasible way to assign from project p on. */
	private static Best bruteForce(Batch batch, int p, int[] load) {
		if (p == batch.projects().size()) {
			return new Best(0, 0);
		}
		ProjectProfile project = batch.projects().get(p);
		Best best = null;
		for (int chosen = 0; chosen < (1 << batch.experts().size()); chosen++) {
			if (Integer.bitCount(chosen) > batch.k() || !fits(batch, project, chosen, load)) {
				continue;
			}
			int mismatch = 0;
			for (int e = 0; e < batch.experts().size(); e++) {
				if ((chosen & (1 << e)) != 0) {
					load[e]++;
					mismatch += FieldMatch.of(project, batch.experts().get(e)).mismatch();
				}
			}
			Best rest = bruteForce(batch, p + 1, load);
			Best candidate = new Best(rest.assignments() + Integer.bitCount(chosen), rest.mismatch() + mismatch);
			if (best == null || candidate.isBetterThan(best)) {
				best = candidate;
			}
			for (int e = 0; e < batch.experts().size(); e++) {
				if ((chosen & (1 << e)) != 0) {
					load[e]--;
				}
			}
		}
		return best;
	}

	private static boolean fits(Batch batch, ProjectProfile project, int chosen, int[] load) {
		for (int e = 0; e < batch.experts().size(); e++) {
			if ((chosen & (1 << e)) != 0
					&& (load[e] == batch.m() || batch.isConflicted(project.id(), batch.experts().get(e).id()))) {
				return false;
			}
		}
		return true;
	}

	record Best(int assignments, int mismatch) {

		boolean isBetterThan(Best other) {
			return this.assignments > other.assignments
					|| (this.assignments == other.assignments && this.mismatch < other.mismatch);
		}

	}

	record Batch(List<ProjectProfile> projects, List<Expert> experts, List<Conflict> conflicts, int k, int m) {

		static Batch of(List<List<String>> projectFields, List<List<String>> expertFields, List<Boolean> conflicted,
				int k, int m) {
			List<ProjectProfile> projects = new ArrayList<>();
			for (int p = 0; p < projectFields.size(); p++) {
				projects.add(project(id(p), projectFields.get(p).toArray(String[]::new)));
			}
			List<Expert> experts = new ArrayList<>();
			List<Conflict> conflicts = new ArrayList<>();
			for (int e = 0; e < expertFields.size(); e++) {
				experts.add(expert(id(100 + e), expertFields.get(e).toArray(String[]::new)));
				for (int p = 0; p < projects.size(); p++) {
					if (conflicted.get(p * 5 + e)) {
						conflicts.add(unavailable(id(p), id(100 + e)));
					}
				}
			}
			return new Batch(projects, experts, conflicts, k, m);
		}

		AssignmentPlan assign() {
			return ReviewerAssignment.assign(this.projects, this.experts, this.conflicts, this.k, this.m);
		}

		boolean isConflicted(UUID project, UUID expert) {
			return this.conflicts.stream()
				.anyMatch((conflict) -> conflict.projectId().equals(project) && conflict.expertId().equals(expert));
		}

	}

}
