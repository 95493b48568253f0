package org.scibureau.plan.plan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A funding line of a plan, e.g. "Key R&amp;D — Biomedicine"; its id is kept across plan versions.
 *
 * @param id the program
 * @param name its name, unique within the plan
 * @param priorityArea the plan's priority area it serves
 * @param managingDepartment the bureau department that manages it
 * @param annualBudgetCeiling the most it may award in a fiscal year, in CNY with two decimals
 * @param managementInstitution the professional project-management institution, if one is entrusted
 */
public record Program(UUID id, String name, String priorityArea, String managingDepartment,
		BigDecimal annualBudgetCeiling, @Nullable String managementInstitution) {

	public Program {
		Objects.requireNonNull(id, "id");
		if (annualBudgetCeiling.signum() < 0) {
			throw new IllegalArgumentException("A budget ceiling cannot be negative");
		}
		annualBudgetCeiling = annualBudgetCeiling.setScale(2, RoundingMode.UNNECESSARY);
	}

}
