package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The bureau's approval of a project: what it grants, for which fiscal year, and how it is paid out.
 *
 * @param budget the approved budget, in CNY with two places, at most the requested total
 * @param fiscalYear the fiscal year whose fund commits the whole budget
 * @param tranches the tranche plan, adding up to exactly the budget
 * @param approvedAt when the project was approved
 * @param approvedBy the approving officer (the token's subject), whom funding-service keeps from committing or
 * disbursing the project's funds; unknown for approvals recorded before it was kept
 */
public record Approval(BigDecimal budget, int fiscalYear, List<Tranche> tranches, Instant approvedAt,
		@Nullable String approvedBy) {

	public Approval {
		tranches = List.copyOf(tranches);
	}

}
