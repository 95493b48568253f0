package org.scibureau.plan.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.project.domain.Approval;
import org.scibureau.plan.project.domain.BudgetLine;
import org.scibureau.plan.project.domain.Contract;
import org.scibureau.plan.project.domain.Funding;
import org.scibureau.plan.project.domain.MidtermCheck;
import org.scibureau.plan.project.domain.Milestone;
import org.scibureau.plan.project.domain.MilestoneReport;
import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectAction;
import org.scibureau.plan.project.domain.ProjectContent;
import org.scibureau.plan.project.domain.ProjectRole;

/**
 * A project as the API shows it.
 *
 * @param id the project
 * @param reference the officials' reference, e.g. {@code PRJ-2026-000123}
 * @param callId the call applied to
 * @param programId the program
 * @param organisationId the applicant organisation
 * @param jurisdiction the owning division (the organisation's)
 * @param status the state
 * @param statusReason why the project is in this state (return, rejection, suspension…), if a reason was given
 * @param resumeTo the state a suspended project resumes to
 * @param allowedActions what the caller may do next
 * @param title the title
 * @param summary the abstract
 * @param fields the research fields
 * @param principalInvestigatorId the principal investigator (talent id)
 * @param teamMemberIds the other researchers
 * @param durationMonths the planned duration
 * @param startDate the planned first day
 * @param endDate the planned last day
 * @param budget the requested budget
 * @param milestones the planned milestones
 * @param milestoneReports the reports on milestones and their acceptance
 * @param approval the approval (budget, fiscal year, tranche plan), once approved
 * @param funding the current funding attempt and its outcome, once approved
 * @param contract the task contract, once recorded
 * @param midtermCheck the mid-term check, once recorded
 * @param version the version (the ETag without quotes)
 * @param createdAt when drafted
 * @param updatedAt when last changed
 * @param submittedAt when first submitted
 */
record ProjectView(UUID id, String reference, UUID callId, UUID programId, UUID organisationId, String jurisdiction,
		String status, @Nullable String statusReason, @Nullable String resumeTo, List<String> allowedActions,
		String title, String summary, List<String> fields, UUID principalInvestigatorId, List<UUID> teamMemberIds,
		int durationMonths, LocalDate startDate, LocalDate endDate, BudgetView budget, List<Milestone> milestones,
		List<MilestoneReport> milestoneReports, @Nullable Approval approval, @Nullable Funding funding,
		@Nullable Contract contract, @Nullable MidtermCheck midtermCheck, long version, Instant createdAt,
		Instant updatedAt, @Nullable Instant submittedAt) {

	/** The project as {@code role} sees it: the allowed actions are the role's. */
	static ProjectView of(Project project, @Nullable ProjectRole role) {
		ProjectContent content = project.content();
		List<String> allowed = (role != null)
				? project.allowedActions(role).stream().map(ProjectAction::actionName).toList() : List.of();
		return new ProjectView(project.id(), project.reference(), project.callId(), project.programId(),
				project.organisationId(), project.jurisdiction(), project.status().name(), project.statusReason(),
				(project.resumeTo() != null) ? project.resumeTo().name() : null, allowed, content.title(),
				content.summary(), content.fields(), content.principalInvestigatorId(), content.teamMemberIds(),
				content.durationMonths(), content.startDate(), content.endDate(), BudgetView.of(content),
				content.milestones(), project.milestoneReports(), project.approval(), project.funding(),
				project.contract(), project.midtermCheck(), project.version(), project.createdAt(),
				project.updatedAt(), project.submittedAt());
	}

	/**
	 * The requested budget with its totals.
	 *
	 * @param lines the lines
	 * @param directCosts the sum of the direct lines
	 * @param indirectCosts the indirect costs
	 * @param total everything requested
	 */
	record BudgetView(List<BudgetLine> lines, BigDecimal directCosts, BigDecimal indirectCosts, BigDecimal total) {

		static BudgetView of(ProjectContent content) {
			return new BudgetView(content.budget().lines(), content.budget().directCosts(),
					content.budget().indirectCosts(), content.budget().total());
		}

	}

}
