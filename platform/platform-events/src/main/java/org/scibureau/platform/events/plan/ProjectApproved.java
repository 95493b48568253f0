package org.scibureau.platform.events.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.events.LineBudget;
import org.scibureau.platform.events.Tranche;

/**
 * A project was approved with its budget, fiscal year and tranche plan; funding-service commits the budget.
 *
 * @param eventId the event's identity
 * @param occurredAt when it happened
 * @param projectId the project
 * @param reference the officials' reference, e.g. {@code PRJ-2026-000123}
 * @param callId the call it applied to
 * @param programId the program it belongs to
 * @param organisationId the applicant organisation
 * @param principalInvestigatorId the principal investigator (talent id)
 * @param jurisdiction the administrative division owning the project
 * @param status the project's state after the fact
 * @param title the project's title
 * @param approvedAmount the approved budget, in CNY
 * @param fiscalYear the fiscal year the budget is committed in
 * @param fundingAttempt the funding attempt: 1 for the approval, then one more per re-submission
 * @param tranches the tranche plan (plan-service owns it)
 * @param approvedBy the approving officer (the token's subject), whom funding-service keeps from committing or
 * disbursing the project's funds; null for approvals recorded before it was published
 * @param lineBudgets what the project may spend per budget category: its requested lines scaled to the approved
 * total; null for approvals published before it was
 */
public record ProjectApproved(UUID eventId, Instant occurredAt, UUID projectId, String reference, UUID callId,
		UUID programId, UUID organisationId, UUID principalInvestigatorId, String jurisdiction, String status, String title,
		BigDecimal approvedAmount, int fiscalYear, int fundingAttempt, List<Tranche> tranches,
		@Nullable String approvedBy, @Nullable List<LineBudget> lineBudgets) implements ProjectEvent {

	public ProjectApproved {
		tranches = List.copyOf(tranches);
		lineBudgets = (lineBudgets != null) ? List.copyOf(lineBudgets) : null;
	}

}
