package org.scibureau.funding.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import org.scibureau.funding.allocation.domain.ConfirmationThreshold;
import org.scibureau.funding.allocation.domain.SeparationOfDuties;
import org.scibureau.funding.allocation.domain.Tranche;
import org.scibureau.funding.allocation.domain.TrancheStatus;
import org.scibureau.funding.fund.Funds;
import org.scibureau.funding.sanction.Sanctions;
import org.scibureau.platform.events.funding.TrancheDisbursed;
import org.scibureau.platform.events.plan.MilestoneAccepted;
import org.scibureau.platform.events.plan.ProjectAccepted;
import org.scibureau.platform.events.plan.ProjectContracted;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.outbox.Outbox;
import org.scibureau.platform.rules.RuleBook;
import org.scibureau.platform.rules.RuleDefinition;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * Tranches: released by plan-service's events (the contract, an accepted milestone, the project's acceptance; the
 * last tranche so only after acceptance), paid out by finance officers. Paying moves the amount from the fund's
 * {@code committed} to its {@code disbursed} in the same transaction as the tranche's new state, its history and
 * {@code TrancheDisbursed}.
 */
@Service
class TrancheService {

	static final String PLAN_SERVICE = "plan-service";

	private final Allocations allocations;

	private final Tranches tranches;

	private final Funds funds;

	private final RuleBook rules;

	private final Sanctions sanctions;

	private final RuleDefinition<ConfirmationThreshold> threshold;

	private final Outbox outbox;

	private final HistoryLog history;

	private final TransactionalOperator transactions;

	private final Clock clock;

	TrancheService(Allocations allocations, Tranches tranches, Funds funds, Sanctions sanctions, RuleBook rules,
			RuleDefinition<ConfirmationThreshold> threshold, Outbox outbox, DatabaseClient database,
			TransactionalOperator transactions, Clock clock) {
		this.allocations = allocations;
		this.sanctions = sanctions;
		this.tranches = tranches;
		this.funds = funds;
		this.rules = rules;
		this.threshold = threshold;
		this.outbox = outbox;
		this.history = new HistoryLog(database, "allocation_history", "allocation_id");
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The contract was signed: the first tranche is due. Call it in the inbox's transaction. */
	Mono<Void> release(ProjectContracted contracted) {
		return this.allocations.findLive(contracted.projectId())
			.filter((allocation) -> allocation.id().equals(contracted.allocationId()))
			.flatMap((allocation) -> release(allocation, "CONTRACT_SIGNED", null, contracted.occurredAt()));
	}

	/** A milestone was accepted: its tranche is due. */
	Mono<Void> release(MilestoneAccepted accepted) {
		return this.allocations.findLive(accepted.projectId())
			.flatMap((allocation) -> release(allocation, "MILESTONE_ACCEPTED", accepted.milestoneId(),
					accepted.occurredAt()));
	}

	/** The project was accepted: the last tranche is due. */
	Mono<Void> release(ProjectAccepted accepted) {
		return this.allocations.findLive(accepted.projectId())
			.flatMap((allocation) -> release(allocation, "PROJECT_ACCEPTED", null, accepted.occurredAt()));
	}

	/**
	 * A finance officer pays a released tranche out, or requests it when its amount is above the confirmation
	 * threshold in force today; the officer who approved the project may do neither.
	 */
	Mono<Allocation> disburse(Caller caller, UUID allocationId, int sequence, @Nullable String paymentReference) {
		Instant now = this.clock.instant();
		Mono<Allocation> disburse = visible(caller, allocationId)
			.flatMap((allocation) -> requireNotBarred(allocation, now))
			.flatMap((allocation) -> Mono
				.zip(lock(allocationId, sequence),
						this.rules.inForce(this.threshold, LocalDate.ofInstant(now, References.BUREAU_ZONE)))
				.flatMap((locked) -> {
					Tranche before = locked.getT1();
					Tranche after = before.requestDisbursement(caller.subject(), allocation.approvedBy(),
							(paymentReference != null) ? paymentReference : "", locked.getT2().above(), now);
					return this.tranches.update(after)
						.then(record(allocation, after, before.status(), caller))
						.then((after.status() == TrancheStatus.DISBURSED) ? pay(allocation, after, now) : Mono.empty())
						.thenReturn(allocation);
				}));
		return this.transactions.transactional(disburse).onErrorMap(TrancheService::translate);
	}

	/** A second finance officer confirms a disbursement another requested, which pays the tranche out. */
	Mono<Allocation> confirm(Caller caller, UUID allocationId, int sequence) {
		Instant now = this.clock.instant();
		Mono<Allocation> confirm = visible(caller, allocationId)
			.flatMap((allocation) -> requireNotBarred(allocation, now))
			.flatMap((allocation) -> lock(allocationId, sequence).flatMap((before) -> {
				Tranche after = before.confirmDisbursement(caller.subject(), allocation.approvedBy(), now);
				return this.tranches.update(after)
					.then(record(allocation, after, before.status(), caller))
					.then(pay(allocation, after, now))
					.thenReturn(allocation);
			}));
		return this.transactions.transactional(confirm).onErrorMap(TrancheService::translate);
	}

	/** The allocation, if the caller may see it. */
	Mono<Allocation> visible(Caller caller, UUID allocationId) {
		return this.allocations.findById(allocationId)
			.filter((allocation) -> caller.canSee(allocation.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("allocation", allocationId)));
	}

	/** Refuses to pay a project whose investigator a sanction in force bars from receiving funds, whenever it began. */
	private Mono<Allocation> requireNotBarred(Allocation allocation, Instant now) {
		return this.sanctions.barsFunds(allocation.principalInvestigatorId(), LocalDate.ofInstant(now,
				References.BUREAU_ZONE))
			.flatMap((barred) -> barred ? Mono.error(new ProblemException(ProblemType.CONFLICT,
					"problem.conflict.recipient-sanctioned", allocation.reference())) : Mono.just(allocation));
	}

	private Mono<Tranche> lock(UUID allocationId, int sequence) {
		return this.tranches.lock(allocationId, sequence)
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("tranche", allocationId + "/" + sequence)));
	}

	private Mono<Void> pay(Allocation allocation, Tranche tranche, Instant now) {
		UUID fundId = Objects.requireNonNull(allocation.fundId());
		return this.funds.disburse(fundId, tranche.amount(), now)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("Fund " + fundId + " has less than "
					+ tranche.amount() + " committed to pay tranche " + tranche.sequence() + " of " + allocation.id())))
			.then(this.tranches.allDisbursed(allocation.id()))
			.flatMap((last) -> this.outbox.append(new TrancheDisbursed(UuidV7.next(), now, allocation.id(),
					allocation.projectId(), fundId, allocation.programId(), allocation.fiscalYear(), tranche.sequence(),
					tranche.amount(), tranche.trigger(), tranche.milestoneId(), last, allocation.jurisdiction())));
	}

	private Mono<Void> release(Allocation allocation, String trigger, @Nullable UUID milestoneId, Instant at) {
		return this.tranches.release(allocation.id(), trigger, milestoneId, at)
			.concatMap((released) -> this.history.append(allocation.id(),
					new HistoryEntry("release-tranche-" + released.sequence(), TrancheStatus.PLANNED.name(),
							released.status().name(), PLAN_SERVICE, trigger, at)))
			.then();
	}

	private Mono<Void> record(Allocation allocation, Tranche after, TrancheStatus from, Caller caller) {
		String action = switch (after.status()) {
			case AWAITING_CONFIRMATION -> "request-disbursement-" + after.sequence();
			default -> "disburse-tranche-" + after.sequence();
		};
		return this.history.append(allocation.id(), new HistoryEntry(action, from.name(), after.status().name(),
				caller.actor(), after.paymentReference(), this.clock.instant()));
	}

	private static Throwable translate(Throwable failure) {
		if (failure instanceof SeparationOfDuties refused) {
			return new ProblemException(ProblemType.FORBIDDEN, switch (refused.conflict()) {
				case APPROVED_THE_PROJECT -> "problem.forbidden.approved-the-project";
				case REQUESTED_THE_DISBURSEMENT -> "problem.forbidden.requested-the-disbursement";
			});
		}
		return DomainProblems.translate(failure);
	}

}
