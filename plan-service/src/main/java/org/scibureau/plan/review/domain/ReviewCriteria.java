package org.scibureau.plan.review.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.scibureau.platform.domain.RuleViolation;

/**
 * The criteria experts score a project on, with weights summing to 100 (rules as data, e.g. innovation 30,
 * feasibility 30, team 20, budget 20).
 *
 * @param criteria the criteria, in the order they are shown
 */
public record ReviewCriteria(List<Criterion> criteria) {

	/** What the weights add up to. */
	public static final int TOTAL_WEIGHT = 100;

	/** The lowest score an expert may give on a criterion. */
	public static final int MIN_SCORE = 0;

	/** The highest score an expert may give on a criterion. */
	public static final int MAX_SCORE = 100;

	public ReviewCriteria {
		criteria = List.copyOf(criteria);
		List<RuleViolation> violations = violations(criteria);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException("Invalid review criteria: " + describe(violations));
		}
	}

	/**
	 * The rules a set of criteria must obey: at least one, codes present and distinct, weights positive and summing
	 * to {@value #TOTAL_WEIGHT}; each broken rule is reported.
	 */
	public static List<RuleViolation> violations(List<Criterion> criteria) {
		List<RuleViolation> violations = new ArrayList<>();
		if (criteria.isEmpty()) {
			violations.add(new RuleViolation("criteria", "empty"));
			return violations;
		}
		Set<String> codes = new HashSet<>();
		int total = 0;
		for (int i = 0; i < criteria.size(); i++) {
			Criterion criterion = criteria.get(i);
			if (criterion.code().isBlank()) {
				violations.add(new RuleViolation("criteria[" + i + "].code", "blank"));
			}
			else if (!codes.add(criterion.code())) {
				violations.add(new RuleViolation("criteria[" + i + "].code", "duplicate"));
			}
			if (criterion.weight() <= 0) {
				violations.add(new RuleViolation("criteria[" + i + "].weight", "weight-not-positive"));
			}
			total += criterion.weight();
		}
		if (total != TOTAL_WEIGHT) {
			violations.add(new RuleViolation("criteria", "weights-sum", total, TOTAL_WEIGHT));
		}
		return violations;
	}

	/**
	 * The rules an expert's score sheet must obey: a score for every criterion and for nothing else, each from
	 * {@value #MIN_SCORE} to {@value #MAX_SCORE}; each broken rule is reported.
	 */
	public List<RuleViolation> violationsOf(ScoreSheet sheet) {
		List<RuleViolation> violations = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (Criterion criterion : this.criteria) {
			codes.add(criterion.code());
			Integer score = sheet.scores().get(criterion.code());
			if (score == null) {
				violations.add(new RuleViolation("scores." + criterion.code(), "score-missing"));
			}
			else if (score < MIN_SCORE || score > MAX_SCORE) {
				violations.add(new RuleViolation("scores." + criterion.code(), "score-out-of-range", score, MIN_SCORE,
						MAX_SCORE));
			}
		}
		sheet.scores()
			.keySet()
			.stream()
			.filter((code) -> !codes.contains(code))
			.sorted()
			.forEach((code) -> violations.add(new RuleViolation("scores." + code, "unknown-criterion")));
		return violations;
	}

	static String describe(List<RuleViolation> violations) {
		return violations.stream().map((violation) -> violation.field() + " " + violation.rule()).toList().toString();
	}

}
