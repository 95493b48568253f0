package org.scibureau.plan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.plan.domain.Plan;
import org.scibureau.plan.plan.domain.Program;
import org.scibureau.plan.plan.domain.Target;

/**
 * A plan as the API shows it.
 *
 * @param id the plan
 * @param reference the officials' reference, shared by all versions of the plan
 * @param revision the version's number, from 1
 * @param supersedes the version this revision replaces
 * @param supersededBy the version that replaced this one (then it is archived)
 * @param kind medium/long-term or annual
 * @param title the title
 * @param periodStart the first year covered
 * @param periodEnd the last year covered
 * @param jurisdiction the owning division
 * @param priorityAreas the priority areas
 * @param targets the target indicators
 * @param programs the programs
 * @param status the state
 * @param version the version (the ETag without quotes)
 * @param allowedActions what may be done next
 * @param createdAt when drafted
 * @param updatedAt when last changed
 * @param publishedAt when published
 */
record PlanView(UUID id, String reference, int revision, @Nullable UUID supersedes, @Nullable UUID supersededBy,
		String kind, String title, int periodStart, int periodEnd,
		String jurisdiction, List<String> priorityAreas, List<Target> targets, List<ProgramView> programs,
		String status, long version, List<String> allowedActions, Instant createdAt, Instant updatedAt,
		@Nullable Instant publishedAt) {

	static PlanView of(Plan plan) {
		var content = plan.content();
		return new PlanView(plan.id(), plan.reference(), plan.revision(), plan.supersedes(), plan.supersededBy(),
				content.kind().name(), content.title(), content.periodStart(),
				content.periodEnd(), content.jurisdiction(), content.priorityAreas(), content.targets(),
				content.programs().stream().map(ProgramView::of).toList(), plan.status().name(), plan.version(),
				plan.allowedActions(), plan.createdAt(), plan.updatedAt(), plan.publishedAt());
	}

	/**
	 * A program as the API shows it.
	 *
	 * @param id the program
	 * @param name its name
	 * @param priorityArea the priority area it serves
	 * @param managingDepartment the managing department
	 * @param annualBudgetCeiling the yearly ceiling, CNY with two decimals
	 * @param managementInstitution the project-management institution
	 */
	record ProgramView(UUID id, String name, String priorityArea, String managingDepartment,
			BigDecimal annualBudgetCeiling, @Nullable String managementInstitution) {

		static ProgramView of(Program program) {
			return new ProgramView(program.id(), program.name(), program.priorityArea(), program.managingDepartment(),
					program.annualBudgetCeiling().setScale(2, RoundingMode.UNNECESSARY), program.managementInstitution());
		}

	}

}
