package org.scibureau.funding.fund;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.funding.fund.Funds.FundFilter;
import org.scibureau.funding.fund.domain.Fund;
import org.scibureau.funding.program.Programs;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Jurisdiction;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;

/**
 * Setting up funds, adjusting their appropriation and naming the programs they pay for; each change is one
 * transaction with its history row. A fund is seen by callers whose jurisdiction covers it.
 */
@Service
class FundService {

	private static final String OPEN = "OPEN";

	private final Funds funds;

	private final Programs programs;

	private final References references;

	private final HistoryLog history;

	private final TransactionalOperator transactions;

	private final Clock clock;

	FundService(Funds funds, Programs programs, DatabaseClient database, TransactionalOperator transactions,
			Clock clock) {
		this.funds = funds;
		this.programs = programs;
		this.references = new References(database);
		this.history = new HistoryLog(database, "fund_history", "fund_id");
		this.transactions = transactions;
		this.clock = clock;
	}

	Mono<Fund> open(Caller caller, FundRequest request) {
		Instant now = this.clock.instant();
		Mono<Fund> open = requireOwnJurisdiction(caller, request.jurisdiction())
			.then(requirePayablePrograms(request.jurisdiction(), request.programIds()))
			.then(this.references.next("FND", "fund_reference_seq", now))
			.map((reference) -> Fund.open(UuidV7.next(), reference, request.name().strip(), request.fiscalYear(),
					request.source(), request.jurisdiction(), request.appropriation(), now))
			.flatMap(this.funds::insert)
			.flatMap((fund) -> assign(fund, request.programIds()).thenReturn(fund))
			.flatMap((fund) -> record(fund, "open", null, caller, request.reason()));
		return this.transactions.transactional(open).onErrorMap(DomainProblems::translate);
	}

	/**
	 * Sets a fund's appropriation, as a budget adjustment does: never below what it has committed and disbursed at
	 * that moment, whatever commitments run meanwhile.
	 */
	Mono<Fund> changeAppropriation(Caller caller, UUID id, @Nullable String ifMatch, AppropriationRequest request) {
		Mono<Fund> change = find(caller, id).flatMap((current) -> {
			ETags.check(ifMatch, current.version());
			current.requireAppropriation(request.appropriation());
			return this.funds
				.changeAppropriation(id, current.version(), request.appropriation().setScale(Fund.SCALE),
						this.clock.instant())
				// Changed meanwhile: a new version, or commitments above the new amount.
				.switchIfEmpty(Mono.defer(() -> this.funds.findById(id).flatMap((now) -> {
					ETags.check(ifMatch, now.version());
					now.requireAppropriation(request.appropriation());
					return Mono.error(new IllegalStateException("The appropriation of fund " + id + " did not change"));
				})))
				.flatMap((fund) -> record(fund, "change-appropriation", OPEN, caller, "from "
						+ current.appropriation().toPlainString() + " to " + fund.appropriation().toPlainString()
						+ ((request.reason() != null) ? ": " + request.reason().strip() : "")));
		});
		return this.transactions.transactional(change).onErrorMap(DomainProblems::translate);
	}

	/** Makes a fund pay for one more program in its fiscal year. */
	Mono<Fund> addProgram(Caller caller, UUID id, UUID programId) {
		Mono<Fund> add = find(caller, id)
			.flatMap((fund) -> requirePayablePrograms(fund.jurisdiction(), List.of(programId))
				.then(assign(fund, List.of(programId)))
				.then(record(fund, "add-program", OPEN, caller, "program " + programId)));
		return this.transactions.transactional(add).onErrorMap(DomainProblems::translate);
	}

	/** The fund, if the caller may see it. */
	Mono<Fund> find(Caller caller, UUID id) {
		return this.funds.findById(id)
			.filter((fund) -> caller.canSee(fund.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("fund", id)));
	}

	Mono<Page<Fund>> list(Caller caller, FundFilter filter, PageRequest page) {
		FundFilter visible = new FundFilter(filter.fiscalYear(), filter.source(), filter.programId(),
				caller.visibleJurisdictions());
		return this.funds.find(visible, page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (fund) -> Cursor.after(fund.createdAt(), fund.id())));
	}

	Flux<Funds.FundedProgram> programs(Fund fund) {
		return this.funds.programs(fund.id());
	}

	Flux<HistoryEntry> history(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((fund) -> this.history.entries(fund.id()));
	}

	private Mono<Void> assign(Fund fund, List<UUID> programIds) {
		List<RuleViolation> violations = new ArrayList<>();
		return Flux.range(0, programIds.size())
			.concatMap((i) -> this.funds.assignProgram(fund, programIds.get(i))
				.filter((assigned) -> !assigned)
				.flatMap((taken) -> this.funds.fundFor(programIds.get(i), fund.fiscalYear()))
				.filter((other) -> !other.equals(fund.id()))
				.doOnNext((other) -> violations.add(new RuleViolation("programIds[" + i + "]",
						"program-funded-elsewhere", fund.fiscalYear(), other))))
			.then(Mono.fromRunnable(() -> RulesViolated.refuseAny(violations)));
	}

	/**
	 * Every program must be one of a published plan, of a division the fund's covers: a district's fund does not
	 * pay for the city's programs.
	 */
	private Mono<Void> requirePayablePrograms(String fundJurisdiction, List<UUID> programIds) {
		List<RuleViolation> violations = new ArrayList<>();
		Jurisdiction owner = new Jurisdiction(fundJurisdiction);
		return Flux.range(0, programIds.size())
			.concatMap((i) -> this.programs.jurisdictionOf(programIds.get(i))
				.doOnNext((programJurisdiction) -> {
					if (!owner.covers(programJurisdiction)) {
						violations.add(new RuleViolation("programIds[" + i + "]", "program-outside-fund-jurisdiction",
								programJurisdiction, fundJurisdiction));
					}
				})
				.switchIfEmpty(Mono.fromRunnable(
						() -> violations.add(new RuleViolation("programIds[" + i + "]", "unknown-program")))))
			.then(Mono.fromRunnable(() -> RulesViolated.refuseAny(violations)));
	}

	private Mono<Fund> record(Fund fund, String action, @Nullable String from, Caller caller, @Nullable String note) {
		return this.history
			.append(fund.id(), new HistoryEntry(action, from, OPEN, caller.actor(),
					(note != null && !note.isBlank()) ? note.strip() : null, fund.updatedAt()))
			.thenReturn(fund);
	}

	private static Mono<Void> requireOwnJurisdiction(Caller caller, String jurisdiction) {
		return caller.canSee(jurisdiction) ? Mono.empty()
				: Mono.error(new RulesViolated(
						List.of(new RuleViolation("jurisdiction", "outside-your-jurisdiction", jurisdiction))));
	}

}
