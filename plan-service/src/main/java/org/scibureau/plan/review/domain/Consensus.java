package org.scibureau.plan.review.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.domain.RuleViolation;

/**
 * The panel's consensus on one project: per criterion the mean of the experts' scores, with outliers trimmed, and
 * the weighted total.
 * <p>
 * A criterion with at least the trim threshold of scores drops its single lowest and single highest score before
 * averaging, so one extreme reviewer cannot sway the result; with fewer scores the plain mean is taken. Means are
 * rounded half up to 2 decimals, and the total is the weighted sum of the rounded means divided by 100, rounded the
 * same way, so anyone can recompute it from the figures shown.
 *
 * @param projectId the project
 * @param criteria the consensus per criterion, in the criteria's order
 * @param total the weighted total, from 0 to 100, with 2 decimals
 */
public record Consensus(UUID projectId, List<CriterionConsensus> criteria, BigDecimal total) {

	/** The default trim threshold to ship: trim once a criterion has 5 scores. */
	public static final int DEFAULT_TRIM_THRESHOLD = 5;

	private static final Comparator<ExpertScore> LOWEST_FIRST = Comparator.comparingInt(ExpertScore::score)
		.thenComparing(ExpertScore::expertId);

	public Consensus {
		Objects.requireNonNull(projectId, "projectId");
		criteria = List.copyOf(criteria);
	}

	/**
	 * The consensus of the experts' score sheets for one project.
	 * @param criteria the criteria the sheets were scored on
	 * @param sheets one valid sheet per expert, all for the same project, at least one
	 * @param trimThreshold how many scores a criterion needs before its lowest and highest are dropped (rules as
	 * data, at least 3; {@link #DEFAULT_TRIM_THRESHOLD} by default)
	 * @return the consensus
	 * @throws IllegalArgumentException when the sheets are not for one project, not one per expert, or break
	 * {@link ReviewCriteria#violationsOf(ScoreSheet) the rules of a sheet}
	 */
	public static Consensus of(ReviewCriteria criteria, List<ScoreSheet> sheets, int trimThreshold) {
		if (trimThreshold < 3) {
			throw new IllegalArgumentException("Trimming needs at least 3 scores to leave one");
		}
		UUID projectId = checkedProject(criteria, sheets);
		List<CriterionConsensus> consensus = new ArrayList<>();
		BigDecimal weighted = BigDecimal.ZERO;
		for (Criterion criterion : criteria.criteria()) {
			CriterionConsensus of = criterionConsensus(criterion, sheets, trimThreshold);
			consensus.add(of);
			weighted = weighted.add(of.mean().multiply(BigDecimal.valueOf(criterion.weight())));
		}
		BigDecimal total = weighted.divide(BigDecimal.valueOf(ReviewCriteria.TOTAL_WEIGHT), 2, RoundingMode.HALF_UP);
		return new Consensus(projectId, consensus, total);
	}

	private static CriterionConsensus criterionConsensus(Criterion criterion, List<ScoreSheet> sheets,
			int trimThreshold) {
		List<ExpertScore> scores = new ArrayList<>(sheets.stream()
			.map((sheet) -> new ExpertScore(sheet.expertId(), sheet.scores().get(criterion.code())))
			.sorted(LOWEST_FIRST)
			.toList());
		@Nullable ExpertScore lowest = null;
		@Nullable ExpertScore highest = null;
		if (scores.size() >= trimThreshold) {
			lowest = scores.removeFirst();
			highest = scores.removeLast();
		}
		int sum = scores.stream().mapToInt(ExpertScore::score).sum();
		BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
		return new CriterionConsensus(criterion.code(), criterion.weight(), mean, scores.size(), lowest, highest);
	}

	private static UUID checkedProject(ReviewCriteria criteria, List<ScoreSheet> sheets) {
		if (sheets.isEmpty()) {
			throw new IllegalArgumentException("A consensus needs at least one score sheet");
		}
		UUID projectId = sheets.getFirst().projectId();
		Set<UUID> experts = new HashSet<>();
		for (ScoreSheet sheet : sheets) {
			if (!sheet.projectId().equals(projectId)) {
				throw new IllegalArgumentException("Score sheets of different projects: " + projectId + ", "
						+ sheet.projectId());
			}
			if (!experts.add(sheet.expertId())) {
				throw new IllegalArgumentException("Two score sheets of expert " + sheet.expertId());
			}
			List<RuleViolation> violations = criteria.violationsOf(sheet);
			if (!violations.isEmpty()) {
				throw new IllegalArgumentException("Invalid score sheet of expert " + sheet.expertId() + ": "
						+ ReviewCriteria.describe(violations));
			}
		}
		return projectId;
	}

	/**
	 * The consensus on one criterion.
	 *
	 * @param criterion the criterion's code
	 * @param weight its weight in the total
	 * @param mean the mean of the scores counted, with 2 decimals
	 * @param scoresCounted how many scores the mean is of
	 * @param trimmedLowest the lowest score, dropped as an outlier, or {@code null} when nothing was trimmed
	 * @param trimmedHighest the highest score, dropped as an outlier, or {@code null} when nothing was trimmed
	 */
	public record CriterionConsensus(String criterion, int weight, BigDecimal mean, int scoresCounted,
			@Nullable ExpertScore trimmedLowest, @Nullable ExpertScore trimmedHighest) {
	}

	/**
	 * One expert's score on one criterion.
	 *
	 * @param expertId the expert
	 * @param score the score
	 */
	public record ExpertScore(UUID expertId, int score) {
	}

}
