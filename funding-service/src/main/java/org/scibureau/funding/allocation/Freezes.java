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
import org.scibureau.funding.sanction.Sanctions;
import org.scibureau.platform.events.funding.AllocationFrozen;
import org.scibureau.platform.events.plan.ProjectClosed;
import org.scibureau.platform.events.plan.ProjectResumed;
import org.scibureau.platform.events.plan.ProjectSuspended;
import org.scibureau.platform.events.plan.ProjectTerminated;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.outbox.Outbox;

/**
 * Freezes: a suspended project's undisbursed tranches are held until it resumes, as are those of projects led by an
 * investigator a sanction bars from receiving funds (until the sanction is lifted; a resumption does not release
 * what a sanction in force still bars). A terminated project's undisbursed tranches go back to the fund:
 * {@code committed} falls and {@code returned} grows by what it will never draw. Each runs in the inbox's
 * transaction of the event that caused it, with its history and {@code AllocationFrozen}.
 */
@Component
class Freezes {

	static final String PROJECT_SUSPENDED = "PROJECT_SUSPENDED";

	static final String RECIPIENT_SANCTIONED = "RECIPIENT_SANCTIONED";

	static final String PROJECT_TERMINATED = "PROJECT_TERMINATED";

	static final String PROJECT_CLOSED = "PROJECT_CLOSED";

	private final Allocations allocations;

	private final Tranches tranches;

	private final Funds funds;

	private final Outbox outbox;

	private final HistoryLog history;

	private final Sanctions sanctions;

	Freezes(Allocations allocations, Tranches tranches, Funds funds, Sanctions sanctions, Outbox outbox,
			DatabaseClient database) {
		this.allocations = allocations;
		this.sanctions = sanctions;
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

	/**
	 * Records a sanction and freezes what projects led by the sanctioned investigator have not drawn, if it bars
	 * funds today; under the investigator's lock, so that an allocation decided at the same time sees the sanction
	 * or is frozen by it. A sanction that starts later is checked again at every payment.
	 */
	Mono<Void> freeze(IntegritySanctionImposed imposed) {
		LocalDate day = LocalDate.ofInstant(imposed.occurredAt(), References.BUREAU_ZONE);
		boolean inForce = !imposed.startsOn().isAfter(day)
				&& (imposed.endsOn() == null || !imposed.endsOn().isBefore(day));
		Mono<Void> recorded = this.allocations.lockInvestigator(imposed.researcherId())
			.then(this.sanctions.impose(imposed));
		if (!imposed.scope().receiveFunds() || !inForce) {
			return recorded;
		}
		return recorded.thenMany(this.allocations.findLiveOfInvestigator(imposed.researcherId()))
			.filter((allocation) -> allocation.status() == AllocationStatus.COMMITTED)
			.concatMap((allocation) -> freeze(allocation, RECIPIENT_SANCTIONED, "talent-service",
					"Integrity sanction " + imposed.sanctionId(), imposed.occurredAt()))
			.then();
	}

	/** The resumed project's tranches are due again, unless a sanction still bars its investigator from funds. */
	Mono<Void> unfreeze(ProjectResumed resumed) {
		return this.allocations.findLive(resumed.projectId())
			.filter((allocation) -> allocation.status() == AllocationStatus.SUSPENDED)
			.filterWhen((allocation) -> barred(allocation, resumed.occurredAt()).map((barred) -> !barred))
			.flatMap((allocation) -> unfreeze(allocation, TrancheService.PLAN_SERVICE, "Project resumed",
					resumed.occurredAt()));
	}

	/**
	 * A lifted sanction releases the freezes it caused, unless another sanction still bars the investigator; those
	 * a suspension caused stay until the project resumes.
	 */
	Mono<Void> unfreeze(IntegritySanctionLifted lifted) {
		return this.allocations.lockInvestigator(lifted.researcherId())
			.then(this.sanctions.lift(lifted))
			.thenMany(this.allocations.findLiveOfInvestigator(lifted.researcherId()))
			.filter((allocation) -> RECIPIENT_SANCTIONED.equals(allocation.frozenReason()))
			.filterWhen((allocation) -> barred(allocation, lifted.occurredAt()).map((barred) -> !barred))
			.concatMap((allocation) -> unfreeze(allocation, "talent-service",
					"Integrity sanction " + lifted.sanctionId() + " lifted", lifted.occurredAt()))
			.then();
	}

	/**
	 * Releases the freezes of sanctions that ran out without being lifted: a sanction's last day passes without an
	 * event. Call it in a transaction; it takes at most {@code limit} allocations.
	 * @return how many it released
	 */
	Mono<Long> releaseExpired(Instant now, int limit) {
		return this.allocations.lockSanctionFreezes(limit)
			.filterWhen((allocation) -> barred(allocation, now).map((barred) -> !barred))
			.concatMap((allocation) -> unfreeze(allocation, "funding-service",
					"No sanction bars the investigator any more", now).thenReturn(allocation))
			.count();
	}

	private Mono<Void> unfreeze(Allocation allocation, String actor, String note, Instant at) {
		return this.tranches.unfreeze(allocation.id())
			.then(this.allocations.changeStatus(allocation, AllocationStatus.COMMITTED, null, at))
			.then(this.history.append(allocation.id(), new HistoryEntry("unfreeze", allocation.status().name(),
					AllocationStatus.COMMITTED.name(), actor, note, at)));
	}

	private Mono<Boolean> barred(Allocation allocation, Instant at) {
		return this.sanctions.barsFunds(allocation.principalInvestigatorId(),
				LocalDate.ofInstant(at, References.BUREAU_ZONE));
	}

	/** Gives back to the fund everything a terminated project has not drawn. */
	Mono<Void> terminate(ProjectTerminated terminated) {
		return this.allocations.findLive(terminated.projectId())
			.flatMap((allocation) -> giveBack(allocation, AllocationStatus.TERMINATED, PROJECT_TERMINATED, "terminate",
					terminated.reason(), terminated.occurredAt()));
	}

	/**
	 * Gives back what a closed project never drew, such as its last tranche after a failed acceptance; a project
	 * that drew everything closes its allocation with nothing to give back.
	 */
	Mono<Void> close(ProjectClosed closed) {
		return this.allocations.findLive(closed.projectId())
			.flatMap((allocation) -> giveBack(allocation, AllocationStatus.CLOSED, PROJECT_CLOSED, "close",
					"Project closed", closed.occurredAt()));
	}

	private Mono<Void> giveBack(Allocation allocation, AllocationStatus status, String reason, String action,
			String note, Instant at) {
		UUID fundId = Objects.requireNonNull(allocation.fundId());
		return this.tranches.giveBack(allocation.id(), at)
			.flatMap((returned) -> ((returned.signum() > 0) ? this.funds.giveBack(fundId, returned, at)
				.switchIfEmpty(Mono.error(() -> new IllegalStateException("Fund " + fundId + " has less than "
						+ returned + " committed to give back for " + allocation.id())))
				.then() : Mono.<Void>empty())
				.then(this.allocations.changeStatus(allocation, status, reason, at))
				.then(this.history.append(allocation.id(), new HistoryEntry(action, allocation.status().name(),
						status.name(), TrancheService.PLAN_SERVICE, note, at)))
				.then((returned.signum() > 0 || status == AllocationStatus.TERMINATED)
						? frozen(allocation, reason, returned, returned, at) : Mono.empty()));
	}

	private Mono<Void> freeze(Allocation allocation, String reason, String actor, String note, Instant at) {
		return this.tranches.freeze(allocation.id())
			.flatMap((frozen) -> this.allocations.changeStatus(allocation, AllocationStatus.SUSPENDED, reason, at)
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
