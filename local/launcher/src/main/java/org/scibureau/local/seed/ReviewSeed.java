package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A demo expert review of a call's projects in expert review: opened by a plan officer, scored by the assigned
 * experts (all of them, or only one), and decided if it names a decision. Projects and experts are named by their
 * seed and directory keys.
 *
 * @param key a stable name of this seed item, part of its idempotency key
 * @param callKey the {@link CallSeed#key()} of the call reviewed
 * @param reviewersPerProject how many experts review each project ({@code k})
 * @param maxProjectsPerExpert how many projects one expert reviews at most ({@code m})
 * @param sheets what the experts think of each project, by {@link ProjectSeed#key()}
 * @param scorer the talent key of the only expert who scores, leaving the other sheets out; {@code null} when every
 * assigned expert scores
 * @param decision the decision, once every sheet is in; {@code null} to leave the review open
 */
public record ReviewSeed(String key, String callKey, int reviewersPerProject, int maxProjectsPerExpert,
		Map<String, Sheet> sheets, @Nullable String scorer, @Nullable Decision decision) {

	/** How criterion scores spread around a project's merit, criterion by criterion. */
	private static final List<Integer> SPREAD = List.of(3, -2, 4, -5);

	public ReviewSeed {
		sheets = Map.copyOf(sheets);
	}

	/** The body of {@code POST /api/plan/reviews}: the configured criteria and collaboration lookback. */
	Map<String, Object> body(UUID callId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("callId", callId.toString());
		body.put("reviewersPerProject", this.reviewersPerProject);
		body.put("maxProjectsPerExpert", this.maxProjectsPerExpert);
		return body;
	}

	/**
	 * What the experts think of one project: a merit that each criterion's score spreads around, and a comment.
	 *
	 * @param merit 0 to 100
	 * @param comment the reviewers' remarks
	 */
	public record Sheet(int merit, String comment) {

		/**
		 * The body of a score sheet for the review's criteria.
		 * @param criteria the criterion codes, in the review's order
		 * @return {@code {"scores": {...}, "comment": ...}}
		 */
		Map<String, Object> body(List<String> criteria) {
			Map<String, Integer> scores = new LinkedHashMap<>();
			for (int i = 0; i < criteria.size(); i++) {
				scores.put(criteria.get(i), Math.clamp(this.merit + SPREAD.get(i % SPREAD.size()), 0, 100));
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("scores", scores);
			body.put("comment", this.comment);
			return body;
		}

	}

	/**
	 * The decision of a review: the projects approved with their budgets, the others rejected.
	 *
	 * @param approvals the approved budget of each approved project, by {@link ProjectSeed#key()}
	 * @param rejectionReason why the others are rejected
	 */
	public record Decision(Map<String, BigDecimal> approvals, String rejectionReason) {

		public Decision {
			approvals = Map.copyOf(approvals);
		}

	}

}
