package org.scibureau.plan.project.domain;

/**
 * The lines of a project budget: direct costs by kind, and the indirect costs the applicant's organisation
 * keeps for management and performance pay.
 */
public enum BudgetCategory {

	EQUIPMENT,

	MATERIALS,

	TESTING,

	TRAVEL,

	PUBLICATION,

	PERSONNEL,

	OUTSOURCING,

	/** Capped as a share of the direct costs less equipment: see {@link IndirectCostTiers}. */
	INDIRECT;

	/** Whether the category is a direct cost. */
	public boolean isDirect() {
		return this != INDIRECT;
	}

}
