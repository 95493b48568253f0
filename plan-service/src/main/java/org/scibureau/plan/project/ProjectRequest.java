package org.scibureau.plan.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.scibureau.plan.project.domain.Budget;
import org.scibureau.plan.project.domain.BudgetCategory;
import org.scibureau.plan.project.domain.BudgetLine;
import org.scibureau.plan.project.domain.Milestone;
import org.scibureau.plan.project.domain.ProjectContent;
import org.scibureau.platform.id.UuidV7;

/**
 * The body of drafting or editing an application. A draft may be incomplete or break the rules; submission checks
 * them all. Unknown and read-only members ({@code status}, {@code version}, {@code reference}…) are ignored.
 *
 * @param callId the call applied to (on creation; ignored on edit)
 * @param title the project's title
 * @param summary the abstract
 * @param fields the research fields
 * @param principalInvestigatorId the researcher (talent id) who leads the project
 * @param teamMemberIds the other researchers
 * @param durationMonths the planned duration
 * @param startDate the planned first day
 * @param budget the requested budget by line
 * @param milestones the planned milestones; name an existing milestone's {@code id} to keep it
 */
record ProjectRequest(@Nullable UUID callId, @NotNull @Size(max = 1000) String title,
		@NotNull @Size(max = 20000) String summary, @NotNull @Size(max = 50) List<@NotNull @Size(max = 100) String> fields,
		@NotNull UUID principalInvestigatorId, @Nullable @Size(max = 100) List<@NotNull UUID> teamMemberIds,
		@NotNull Integer durationMonths, @NotNull LocalDate startDate, @NotNull @Valid BudgetRequest budget,
		@NotNull @Size(max = 100) List<@Valid @NotNull MilestoneRequest> milestones) {

	ProjectContent toContent() {
		return new ProjectContent(this.title.strip(), this.summary.strip(), this.fields.stream().map(String::strip).toList(),
				this.principalInvestigatorId, (this.teamMemberIds != null) ? this.teamMemberIds : List.of(),
				this.durationMonths, this.startDate, new Budget(this.budget.lines().stream().map(LineRequest::toLine).toList()),
				this.milestones.stream().map(MilestoneRequest::toMilestone).toList());
	}

	/** The ids of existing milestones the request names, to keep them. */
	Set<UUID> namedMilestoneIds() {
		return this.milestones.stream()
			.map(MilestoneRequest::id)
			.filter(Objects::nonNull)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The requested budget.
	 *
	 * @param lines its lines
	 */
	record BudgetRequest(@NotNull @Size(max = 50) List<@Valid @NotNull LineRequest> lines) {
	}

	/**
	 * One line of the budget.
	 *
	 * @param category the kind of cost
	 * @param description what it pays for
	 * @param amount CNY with at most two decimals
	 */
	record LineRequest(@NotNull BudgetCategory category, @Nullable @Size(max = 500) String description,
			@NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount) {

		BudgetLine toLine() {
			return new BudgetLine(this.category, (this.description != null) ? this.description.strip() : "",
					this.amount);
		}

	}

	/**
	 * A planned milestone.
	 *
	 * @param id the milestone to keep on edit; a new milestone when omitted
	 * @param title what is reached
	 * @param dueDate when, within the project period
	 * @param deliverable what is delivered
	 */
	record MilestoneRequest(@Nullable UUID id, @NotNull @Size(max = 1000) String title, @NotNull LocalDate dueDate,
			@NotNull @Size(max = 20000) String deliverable) {

		Milestone toMilestone() {
			return new Milestone((this.id != null) ? this.id : UuidV7.next(), this.title.strip(), this.dueDate,
					this.deliverable.strip());
		}

	}

}
