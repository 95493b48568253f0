package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.funding.fund.Funds;
import org.scibureau.platform.events.funding.AllocationFrozen;
import org.scibureau.platform.events.plan.ProjectResumed;
import org.scibureau.platform.events.plan.ProjectSuspended;
import org.scibureau.platform.events.plan.ProjectTerminated;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.outbox.Outbox;

/**
 * Freezes: a suspended project's undisbursed tranches are held until it resumes, as are those of projects led by an
 * investigator a sanction bars from receiving funds (until plan-service resumes the project; lifting the sanction
 * restores eligibility, not past decisions). A terminated project's undisbursed tranches go back to the fund:
 * {@code committed} falls and {@code returned} grows by what it will never draw. Each runs in the inbox's
 * transaction of the event that caused it, with its history and {@code AllocationFrozen}.
 */
@Component
class Freezes {

	static final String PROJECT_SUSPENDED = "PROJECT_SUSPENDED";

	static final String RECIPIENT_SANCTIONED = "RECIPIENT_SANCTIONED";

	static final String PROJECT_TERMINATED = "PROJECT_TERMINATED";

	private final Allocations allocations;

	private final Tranches tranches;

	private final Funds funds;

	private final Outbox outbox;

	private final HistoryLog history;

	Freezes(Allocations allocations, Tranches tranches, Funds funds, Outbox outbox, DatabaseClient database) {
		this.allocations = allocations;
		this.tranches = tranches;
		this.funds = funds;
		this.outbox = outbox;
		this.history = new HistoryLog(database, "allocation_history", "allocation_id");
	}

	Mono<Void> freeze(ProjectSuspended suspended) {
		return this.allocations.findLive(suspended.projectId())
			.filter((allocation) -> allocation.status() == AllocationStatus.COMMITTED)
			.flatMap((allocation) -> freeze(allocation, PROJECT_SUSPENDED, TrancheService.PLAN_SERVICE,
					suspended.reason(), suspended.occurredAt()));
	}

	/** Freezes what projects led by a sanctioned investigator have not drawn, if the sanction bars funds today. */
	Mono<Void> freeze(IntegritySanctionImposed imposed) {
		LocalDate day = LocalDate.ofInstant(imposed.occurredAt(), References.BUREAU_ZONE);
		boolean inForce = !imposed.startsOn().isAfter(day)
				&& (imposed.endsOn() == null || !imposed.endsOn().isBefore(day));
		if (!imposed.scope().receiveFunds() || !inForce) {
			return Mono.empty();
		}
		return this.allocations.findLiveOfInvestigator(imposed.researcherId())
			.filter((allocation) -> allocation.status() == AllocationStatus.COMMITTED)
			.concatMap((allocation) -> freeze(allocation, RECIPIENT_SANCTIONED, "talent-service",
					"Integrity sanction " + imposed.sanctionId(), imposed.occurredAt()))
			.then();
	}

	Mono<Void> unfreeze(ProjectResumed resumed) {
		return this.allocations.findLive(resumed.projectId())
			.filter((allocation) -> allocation.status() == AllocationStatus.SUSPENDED)
			.flatMap((allocation) -> this.tranches.unfreeze(allocation.id())
				.then(this.allocations.changeStatus(allocation.id(), AllocationStatus.COMMITTED, null,
						resumed.occurredAt()))
				.then(this.history.append(allocation.id(), new HistoryEntry("unfreeze", allocation.status().name(),
						AllocationStatus.COMMITTED.name(), TrancheService.PLAN_SERVICE, "Project resumed",
						resumed.occurredAt()))));
	}

	/** Gives back to the fund everything a terminated project has not drawn. */
	Mono<Void> terminate(ProjectTerminated terminated) {
		Instant at = terminated.occurredAt();
		return this.allocations.findLive(terminated.projectId()).flatMap((allocation) -> {
			UUID fundId = Objects.requireNonNull(allocation.fundId());
			return this.tranches.giveBack(allocation.id(), at)
				.flatMap((returned) -> ((returned.signum() > 0) ? this.funds.giveBack(fundId, returned, at)
					.switchIfEmpty(Mono.error(() -> new IllegalStateException("Fund " + fundId
							+ " has less than " + returned + " committed to give back for " + allocation.id())))
					.then() : Mono.<Void>empty())
					.then(this.allocations.changeStatus(allocation.id(), AllocationStatus.TERMINATED,
							PROJECT_TERMINATED, at))
					.then(this.history.append(allocation.id(), new HistoryEntry("terminate",
							allocation.status().name(), AllocationStatus.TERMINATED.name(),
							TrancheService.PLAN_SERVICE, terminated.reason(), at)))
					.then(frozen(allocation, PROJECT_TERMINATED, returned, returned, at)));
		});
	}

	private Mono<Void> freeze(Allocation allocation, String reason, String actor, String note, Instant at) {
		return this.tranches.freeze(allocation.id())
			.flatMap((frozen) -> this.allocations.changeStatus(allocation.id(), AllocationStatus.SUSPENDED, reason, at)
				.then(this.history.append(allocation.id(), new HistoryEntry("freeze", allocation.status().name(),
						AllocationStatus.SUSPENDED.name(), actor, note, at)))
				.then(frozen(allocation, reason, frozen, BigDecimal.ZERO, at)));
	}

	private Mono<Void> frozen(Allocation allocation, String reason, BigDecimal frozen, BigDecimal returned,
			Instant at) {
		return this.outbox.append(new AllocationFrozen(UuidV7.next(), at, allocation.id(), allocation.projectId(),
				Objects.requireNonNull(allocation.fundId()), allocation.programId(), allocation.fiscalYear(), reason,
				frozen, returned, allocation.jurisdiction()));
	}

}
