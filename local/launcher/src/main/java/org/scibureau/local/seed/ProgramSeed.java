package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A program (funding line) of a demo plan.
 *
 * @param name its name, unique within the plan
 * @param priorityArea the plan's priority area it serves
 * @param managingDepartment the bureau department that manages it
 * @param annualBudgetCeiling the most it may award per fiscal year, CNY with two decimals
 * @param managementInstitution the project-management institution entrusted with it
 */
public record ProgramSeed(String name, String priorityArea, String managingDepartment,
		BigDecimal annualBudgetCeiling, String managementInstitution) {

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", this.name);
		body.put("priorityArea", this.priorityArea);
		body.put("managingDepartment", this.managingDepartment);
		body.put("annualBudgetCeiling", this.annualBudgetCeiling);
		body.put("managementInstitution", this.managementInstitution);
		return body;
	}

}
