package org.scibureau.platform.events.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scibureau.platform.events.Tranche;

/**
 * An approved project's budget was committed against a fund; the plan officer may now record the task contract.
 *
 * @param eventId the event's identity
 * @param occurredAt when the funds were committed
 * @param allocationId the allocation
 * @param projectId the project
 * @param fundingAttempt the funding attempt this answers
 * @param fundId the fund the budget is committed against
 * @param programId the program the project belongs to
 * @param fiscalYear the fiscal year of the commitment
 * @param amount the committed amount, in CNY
 * @param tranches the tranche plan of the approval, echoed
 * @param jurisdiction the administrative division owning the project
 */
public record FundsCommitted(UUID eventId, Instant occurredAt, UUID allocationId, UUID projectId, int fundingAttempt,
		UUID fundId, UUID programId, int fiscalYear, BigDecimal amount, List<Tranche> tranches, String jurisdiction)
		implements AllocationEvent {

	public FundsCommitted {
		tranches = List.copyOf(tranches);
	}

}
