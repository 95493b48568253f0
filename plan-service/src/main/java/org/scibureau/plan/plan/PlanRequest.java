package org.scibureau.plan.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.scibureau.plan.plan.domain.PlanContent;
import org.scibureau.plan.plan.domain.PlanKind;
import org.scibureau.plan.plan.domain.Program;
import org.scibureau.plan.plan.domain.Target;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.security.Caller;

/**
 * The body of creating or updating a plan. Unknown members (including read-only ones such as {@code status},
 * {@code version} or {@code reference}) are ignored: the state changes only through actions.
 *
 * @param kind {@code MEDIUM_LONG_TERM} (5–15 years) or {@code ANNUAL} (one year)
 * @param title the plan's title
 * @param periodStart the first year covered
 * @param periodEnd the last year covered
 * @param jurisdiction the owning division; the caller's own when omitted
 * @param priorityAreas the plan's priority areas
 * @param targets the target indicators
 * @param programs the funding lines; name an existing program's {@code id} (of this draft or of the version it
 * revises) to keep it, omit it for a new program
 */
record PlanRequest(@NotNull PlanKind kind, @NotBlank @Size(max = 300) String title,
		@NotNull @Min(2000) @Max(2100) Integer periodStart, @NotNull @Min(2000) @Max(2100) Integer periodEnd,
		@Nullable @Pattern(regexp = "\\d{6}") String jurisdiction,
		@NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> priorityAreas,
		@Nullable @Size(max = 50) List<@Valid @NotNull TargetRequest> targets,
		@NotEmpty @Size(max = 100) List<@Valid @NotNull ProgramRequest> programs) {

	/** The plan content this request describes, owned by the caller's jurisdiction unless it names another. */
	PlanContent toContent(Caller caller) {
		String owner = (this.jurisdiction != null) ? this.jurisdiction
				: (caller.jurisdiction() != null) ? caller.jurisdiction().code() : "";
		return new PlanContent(this.kind, this.title.strip(), this.periodStart, this.periodEnd, owner,
				this.priorityAreas.stream().map(String::strip).toList(),
				(this.targets != null) ? this.targets.stream().map(TargetRequest::toTarget).toList() : List.of(),
				this.programs.stream().map(ProgramRequest::toProgram).toList());
	}

	/** The ids of existing programs the request names, to keep them. */
	Set<UUID> namedProgramIds() {
		return this.programs.stream()
			.map(ProgramRequest::id)
			.filter(Objects::nonNull)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * A target indicator.
	 *
	 * @param indicator what is measured
	 * @param unit its unit
	 * @param baseline the value at the start
	 * @param target the value aimed for
	 */
	record TargetRequest(@NotBlank @Size(max = 200) String indicator, @NotBlank @Size(max = 50) String unit,
			@NotNull BigDecimal baseline, @NotNull BigDecimal target) {

		Target toTarget() {
			return new Target(this.indicator.strip(), this.unit.strip(), this.baseline, this.target);
		}

	}

	/**
	 * A program (funding line).
	 *
	 * @param id the program to keep on update; a new program when omitted
	 * @param name its name, unique within the plan
	 * @param priorityArea one of the plan's priority areas
	 * @param managingDepartment the bureau department that manages it
	 * @param annualBudgetCeiling the most it may award per fiscal year, CNY with at most two decimals
	 * @param managementInstitution the project-management institution, if any
	 */
	record ProgramRequest(@Nullable UUID id, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 100) String priorityArea, @NotBlank @Size(max = 200) String managingDepartment,
			@NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal annualBudgetCeiling,
			@Nullable @Size(max = 200) String managementInstitution) {

		Program toProgram() {
			return new Program((this.id != null) ? this.id : UuidV7.next(), this.name.strip(), this.priorityArea.strip(),
					this.managingDepartment.strip(), this.annualBudgetCeiling.setScale(2), this.managementInstitution);
		}

	}

}
