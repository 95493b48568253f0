package org.scibureau.funding.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.funding.fund.Funds;
import org.scibureau.funding.fund.domain.Fund;
import org.scibureau.funding.sanction.Sanctions;
import org.scibureau.platform.events.funding.AllocationRejected;
import org.scibureau.platform.events.funding.FundExhausted;
import org.scibureau.platform.events.funding.FundsCommitted;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.plan.ProjectFundingRequested;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.outbox.Outbox;

/**
 * funding-service's step of the approval saga: each {@code ProjectApproved} and each {@code ProjectFundingRequested}
 * is answered by exactly one {@code FundsCommitted} or {@code AllocationRejected}, in the transaction that records
 * the event in the inbox, the allocation and the fund's new figures.
 * <p>
 * The budget is committed against the fund paying for the project's program in the approval's fiscal year (the
 * whole budget, even of a multi-year project) if the fund has room at that moment; the database's conditional update
 * makes concurrent commitments of one fund take turns, so they never exceed its appropriation. A principal
 * investigator barred from receiving funds by an integrity sanction gets nothing. An attempt already answered, or a
 * project that already has a live allocation, is left alone.
 */
@Component
class AllocationSaga {

	private static final Log logger = LogFactory.getLog(AllocationSaga.class);

	private final Allocations allocations;

	private final Tranches tranches;

	private final Funds funds;

	private final Sanctions sanctions;

	private final References references;

	private final Outbox outbox;

	private final Clock clock;

	AllocationSaga(Allocations allocations, Tranches tranches, Funds funds, Sanctions sanctions,
			DatabaseClient database, Outbox outbox, Clock clock) {
		this.allocations = allocations;
		this.tranches = tranches;
		this.funds = funds;
		this.sanctions = sanctions;
		this.references = new References(database);
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Answers an approval; call it in a transaction. */
	Mono<Void> allocate(ProjectApproved approved) {
		return allocate(AllocationRequest.of(approved));
	}

	/** Answers a re-submission for funding, with the title and approver of the project's first attempt. */
	Mono<Void> allocate(ProjectFundingRequested requested) {
		return this.allocations.firstOf(requested.projectId())
			.map((first) -> AllocationRequest.of(requested, first.projectTitle(), first.approvedBy(),
					first.lineBudgets()))
			.defaultIfEmpty(AllocationRequest.of(requested, requested.reference(), null, null))
			.flatMap(this::allocate);
	}

	/** Answers a funding attempt once; call it in a transaction. */
	Mono<Void> allocate(AllocationRequest request) {
		return this.allocations.findAttempt(request.projectId(), request.fundingAttempt())
			.map((answered) -> true)
			.switchIfEmpty(this.allocations.findLive(request.projectId()).map((live) -> {
				logger.warn("Project " + request.projectId() + " asked for funding (attempt " + request.fundingAttempt()
						+ ") but has live allocation " + live.reference() + " already; nothing done");
				return true;
			}))
			.switchIfEmpty(Mono.defer(() -> decide(request).thenReturn(true)))
			.then();
	}

	private Mono<Allocation> decide(AllocationRequest request) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, References.BUREAU_ZONE);
		// Under the investigator's lock: a sanction applied at the same time is seen here or freezes this allocation.
		return this.allocations.lockInvestigator(request.principalInvestigatorId())
			.then(this.references.next("ALC", "allocation_reference_seq", now))
			.flatMap((reference) -> this.sanctions.barsFunds(request.principalInvestigatorId(), today)
				.flatMap((barred) -> barred
						? reject(request, reference, null, Rejection.RECIPIENT_SANCTIONED,
								"The principal investigator is barred from receiving funds by an integrity sanction",
								now)
						: this.funds.fundFor(request.programId(), request.fiscalYear())
							.flatMap((fundId) -> commit(request, reference, fundId, now))
							.switchIfEmpty(Mono.defer(() -> reject(request, reference, null, Rejection.NO_FUND,
									"No fund pays for the program in fiscal year " + request.fiscalYear(), now)))));
	}

	private Mono<Allocation> commit(AllocationRequest request, String reference, UUID fundId, Instant now) {
		return this.funds.commit(fundId, request.amount(), now)
			.flatMap((fund) -> this.allocations.insert(allocation(request, reference, fund.id(),
					AllocationStatus.COMMITTED, null, null, now)))
			.flatMap((allocation) -> this.tranches.plan(allocation).thenReturn(allocation))
			.flatMap((allocation) -> this.outbox
				.append(new FundsCommitted(UuidV7.next(), now, allocation.id(), allocation.projectId(),
						allocation.fundingAttempt(), fundId, allocation.programId(), allocation.fiscalYear(),
						allocation.amount(), allocation.tranches(), allocation.jurisdiction()))
				.then(this.funds.findById(fundId))
				.filter((fund) -> fund.available().signum() == 0)
				.flatMap((spent) -> exhausted(fundId, now))
				.thenReturn(allocation))
			.switchIfEmpty(Mono.defer(() -> this.funds.findById(fundId)
				.flatMap((fund) -> reject(request, reference, fund.id(), Rejection.INSUFFICIENT_FUNDS,
						shortfall(fund, request), now))
				.flatMap((rejected) -> exhausted(fundId, now).thenReturn(rejected))));
	}

	/** Tells that the fund cannot commit more, once until its appropriation grows. */
	private Mono<Void> exhausted(UUID fundId, Instant now) {
		return this.funds.markExhausted(fundId, now)
			.flatMap((fund) -> this.outbox.append(new FundExhausted(UuidV7.next(), now, fund.id(), fund.reference(),
					fund.fiscalYear(), fund.source().name(), fund.appropriation(), fund.available(),
					fund.jurisdiction())));
	}

	/** @param fundId the fund that could not commit it, if one pays for the program */
	private Mono<Allocation> reject(AllocationRequest request, String reference, @Nullable UUID fundId,
			Rejection reason, String detail, Instant now) {
		return this.allocations.insert(allocation(request, reference, fundId, AllocationStatus.REJECTED, reason,
				detail, now))
			.flatMap((allocation) -> this.outbox
				.append(new AllocationRejected(UuidV7.next(), now, allocation.id(), allocation.projectId(),
						allocation.fundingAttempt(), allocation.programId(), allocation.fiscalYear(),
						allocation.amount(), reason.name(), detail, allocation.jurisdiction()))
				.thenReturn(allocation));
	}

	private static Allocation allocation(AllocationRequest request, String reference, @Nullable UUID fundId,
			AllocationStatus status, @Nullable Rejection reason, @Nullable String detail, Instant now) {
		return new Allocation(UuidV7.next(), reference, request.projectId(), request.fundingAttempt(),
				request.projectReference(), request.projectTitle(), request.programId(), request.organisationId(),
				request.principalInvestigatorId(), request.jurisdiction(), request.fiscalYear(),
				request.amount().setScale(Fund.SCALE), fundId, status, (reason != null) ? reason.name() : null, detail,
				request.tranches(), request.approvedBy(), null, request.lineBudgets(), 0, now, now);
	}

	/** Why, in words the applicant may read too: the fund's balance is for officials, who read it on the fund. */
	private static String shortfall(Fund fund, AllocationRequest request) {
		return "Fund " + fund.reference() + " has not enough left to commit the project's "
				+ request.amount().setScale(Fund.SCALE).toPlainString() + " CNY";
	}

	/** Why an allocation was refused, as {@code AllocationRejected} names it. */
	enum Rejection {

		NO_FUND, INSUFFICIENT_FUNDS, RECIPIENT_SANCTIONED

	}

}
