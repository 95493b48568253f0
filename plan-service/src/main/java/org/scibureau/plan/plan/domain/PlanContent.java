package org.scibureau.plan.plan.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.scibureau.platform.domain.RuleViolation;

/**
 * What a plan says, as drafted: everything an officer edits, without identity or state.
 *
 * @param kind medium/long-term or annual
 * @param title the plan's title
 * @param periodStart the first year covered
 * @param periodEnd the last year covered
 * @param jurisdiction the 6-digit division that owns the plan
 * @param priorityAreas the plan's priority areas, e.g. biomedicine, new energy, AI
 * @param targets the target indicators
 * @param programs the funding lines
 */
public record PlanContent(PlanKind kind, String title, int periodStart, int periodEnd, String jurisdiction,
		List<String> priorityAreas, List<Target> targets, List<Program> programs) {

	public PlanContent {
		priorityAreas = List.copyOf(priorityAreas);
		targets = List.copyOf(targets);
		programs = List.copyOf(programs);
	}

	/**
	 * The rules a plan's content must obey; each broken rule is reported, not just the first.
	 * @return the broken rules, empty when the content is sound
	 */
	public List<RuleViolation> violations() {
		List<RuleViolation> violations = new ArrayList<>();
		int years = this.periodEnd - this.periodStart + 1;
		if (this.periodEnd < this.periodStart) {
			violations.add(new RuleViolation("periodEnd", "period-reversed"));
		}
		else if (!this.kind.allows(years)) {
			violations.add(new RuleViolation("periodEnd", "period-length", this.kind.name(), this.kind.minYears(),
					this.kind.maxYears()));
		}
		Set<String> areas = new HashSet<>();
		for (int i = 0; i < this.priorityAreas.size(); i++) {
			if (!areas.add(this.priorityAreas.get(i))) {
				violations.add(new RuleViolation("priorityAreas[" + i + "]", "duplicate"));
			}
		}
		Set<String> names = new HashSet<>();
		Set<Object> ids = new HashSet<>();
		for (int i = 0; i < this.programs.size(); i++) {
			Program program = this.programs.get(i);
			if (!areas.contains(program.priorityArea())) {
				violations.add(new RuleViolation("programs[" + i + "].priorityArea", "unknown-priority-area"));
			}
			if (!names.add(program.name())) {
				violations.add(new RuleViolation("programs[" + i + "].name", "duplicate"));
			}
			if (!ids.add(program.id())) {
				violations.add(new RuleViolation("programs[" + i + "].id", "duplicate"));
			}
		}
		return violations;
	}

}
