package org.scibureau.plan.project.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.scibureau.platform.domain.RuleViolation;

/**
 * What an application says, as the applicant edits it: everything but identity, ownership and state.
 * <p>
 * A draft may break the rules while it is being written; {@link #violations(IndirectCostTiers)} lists every broken
 * rule, and submission refuses content that breaks any.
 *
 * @param title the project's title
 * @param summary the abstract
 * @param fields the research fields, 1 to 10
 * @param principalInvestigatorId the researcher who leads the project
 * @param teamMemberIds the other researchers, without the principal investigator
 * @param durationMonths how long the project runs, 1 to 60 months
 * @param startDate the first day of the project
 * @param budget the requested budget
 * @param milestones the planned milestones, at least one, each due within the project's period
 */
public record ProjectContent(String title, String summary, List<String> fields, UUID principalInvestigatorId,
		List<UUID> teamMemberIds, int durationMonths, LocalDate startDate, Budget budget, List<Milestone> milestones) {

	static final int MAX_TITLE_LENGTH = 200;

	static final int MAX_SUMMARY_LENGTH = 5000;

	static final int MIN_FIELDS = 1;

	static final int MAX_FIELDS = 10;

	static final int MIN_DURATION_MONTHS = 1;

	static final int MAX_DURATION_MONTHS = 60;

	public ProjectContent {
		fields = List.copyOf(fields);
		teamMemberIds = List.copyOf(teamMemberIds);
		milestones = List.copyOf(milestones);
	}

	/** The last day of the project: the day before {@code durationMonths} after the start. */
	public LocalDate endDate() {
		return this.startDate.plusMonths(this.durationMonths).minusDays(1);
	}

	/** Whether the project plans a milestone with this id. */
	public boolean hasMilestone(UUID milestoneId) {
		return this.milestones.stream().anyMatch((milestone) -> milestone.id().equals(milestoneId));
	}

	/**
	 * The rules an application's content obeys; each broken rule is reported, with the JSON path of the member
	 * that breaks it (e.g. {@code budget.lines[2].amount}).
	 * @param tiers the caps of the indirect costs in force
	 * @return the broken rules, empty when the content may be submitted
	 */
	public List<RuleViolation> violations(IndirectCostTiers tiers) {
		List<RuleViolation> violations = new ArrayList<>();
		text(violations, "title", this.title, MAX_TITLE_LENGTH);
		text(violations, "summary", this.summary, MAX_SUMMARY_LENGTH);
		fieldViolations(violations);
		teamViolations(violations);
		boolean durationValid = this.durationMonths >= MIN_DURATION_MONTHS
				&& this.durationMonths <= MAX_DURATION_MONTHS;
		if (!durationValid) {
			violations.add(new RuleViolation("durationMonths", "out-of-range", MIN_DURATION_MONTHS,
					MAX_DURATION_MONTHS));
		}
		violations.addAll(this.budget.violations(tiers));
		milestoneViolations(violations, durationValid);
		return violations;
	}

	private void fieldViolations(List<RuleViolation> violations) {
		if (this.fields.size() < MIN_FIELDS || this.fields.size() > MAX_FIELDS) {
			violations.add(new RuleViolation("fields", "count", MIN_FIELDS, MAX_FIELDS));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < this.fields.size(); i++) {
			String field = this.fields.get(i);
			if (field.isBlank()) {
				violations.add(new RuleViolation("fields[" + i + "]", "required"));
			}
			else if (!seen.add(field)) {
				violations.add(new RuleViolation("fields[" + i + "]", "duplicate"));
			}
		}
	}

	private void teamViolations(List<RuleViolation> violations) {
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < this.teamMemberIds.size(); i++) {
			UUID member = this.teamMemberIds.get(i);
			if (member.equals(this.principalInvestigatorId)) {
				violations.add(new RuleViolation("teamMemberIds[" + i + "]", "principal-investigator-in-team"));
			}
			else if (!seen.add(member)) {
				violations.add(new RuleViolation("teamMemberIds[" + i + "]", "duplicate"));
			}
		}
	}

	private void milestoneViolations(List<RuleViolation> violations, boolean periodKnown) {
		if (this.milestones.isEmpty()) {
			violations.add(new RuleViolation("milestones", "required"));
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < this.milestones.size(); i++) {
			Milestone milestone = this.milestones.get(i);
			String path = "milestones[" + i + "]";
			if (!seen.add(milestone.id())) {
				violations.add(new RuleViolation(path + ".id", "duplicate"));
			}
			text(violations, path + ".title", milestone.title(), MAX_TITLE_LENGTH);
			text(violations, path + ".deliverable", milestone.deliverable(), MAX_SUMMARY_LENGTH);
			if (periodKnown && (milestone.dueDate().isBefore(this.startDate)
					|| milestone.dueDate().isAfter(endDate()))) {
				violations.add(new RuleViolation(path + ".dueDate", "outside-project-period", this.startDate,
						endDate()));
			}
		}
	}

	private static void text(List<RuleViolation> violations, String path, String value, int maxLength) {
		if (value.isBlank()) {
			violations.add(new RuleViolation(path, "required"));
		}
		else if (value.length() > maxLength) {
			violations.add(new RuleViolation(path, "too-long", maxLength));
		}
	}

}
