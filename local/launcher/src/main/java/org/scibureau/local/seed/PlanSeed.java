package org.scibureau.local.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo plan, seeded until it is published.
 *
 * @param key a stable name of this seed item, part of its idempotency key
 * @param kind {@code MEDIUM_LONG_TERM} or {@code ANNUAL}
 * @param title the title, which identifies the plan when seeding runs again
 * @param periodStart the first year covered
 * @param periodEnd the last year covered
 * @param jurisdiction the owning division
 * @param priorityAreas the priority areas
 * @param targets the target indicators
 * @param programs the programs
 */
public record PlanSeed(String key, String kind, String title, int periodStart, int periodEnd, String jurisdiction,
		List<String> priorityAreas, List<TargetSeed> targets, List<ProgramSeed> programs) {

	public PlanSeed {
		priorityAreas = List.copyOf(priorityAreas);
		targets = List.copyOf(targets);
		programs = List.copyOf(programs);
	}

	/** The body of {@code POST /api/plan/plans}. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", this.kind);
		body.put("title", this.title);
		body.put("periodStart", this.periodStart);
		body.put("periodEnd", this.periodEnd);
		body.put("jurisdiction", this.jurisdiction);
		body.put("priorityAreas", this.priorityAreas);
		body.put("targets", this.targets.stream().map(TargetSeed::body).toList());
		body.put("programs", this.programs.stream().map(ProgramSeed::body).toList());
		return body;
	}

}
