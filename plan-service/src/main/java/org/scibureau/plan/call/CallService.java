package org.scibureau.plan.call;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.call.domain.CallAction;
import org.scibureau.plan.call.domain.CallStatus;
import org.scibureau.plan.eligibility.domain.EligibilityRule;
import org.scibureau.plan.eligibility.domain.EligibilityRules;
import org.scibureau.plan.plan.PlanService;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.plan.CallClosed;
import org.scibureau.platform.events.plan.CallOpened;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.outbox.Outbox;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;

/**
 * Scheduling, opening and closing calls for proposals; opening and closing publish {@code CallOpened} and
 * {@code CallClosed} through the outbox in the same transaction. A call's eligibility rules are set when it is
 * scheduled and may change until it opens; each version is kept.
 */
@Service
public class CallService {

	/** Where a request lists a call's eligibility rules. */
	static final String RULES_FIELD = "eligibilityRules";

	private final Calls calls;

	private final PlanService plans;

	private final HistoryLog history;

	private final References references;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	CallService(Calls calls, PlanService plans, DatabaseClient database, Outbox outbox,
			TransactionalOperator transactions, Clock clock) {
		this.calls = calls;
		this.plans = plans;
		this.history = new HistoryLog(database, "call_history", "call_id");
		this.references = new References(database);
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	Mono<Call> create(Caller caller, CallRequest request) {
		Instant now = this.clock.instant();
		List<RuleViolation> violations = new ArrayList<>(Call.scheduleViolations(request.opensAt(), request.closesAt()));
		List<@Nullable EligibilityRule> rules = request.eligibilityRules();
		if (rules != null) {
			violations.addAll(EligibilityRules.violations(RULES_FIELD, rules));
		}
		if (!violations.isEmpty()) {
			return Mono.error(DomainProblems.unprocessable(violations));
		}
		EligibilityRules eligibility = (rules != null) ? new EligibilityRules(nonNull(rules))
				: EligibilityRules.defaults();
		Mono<Call> create = this.plans.findPublishedByProgram(caller, request.programId())
			.zipWith(this.references.next("CALL", "call_reference_seq", now))
			.map((planAndReference) -> Call.schedule(UuidV7.next(), planAndReference.getT2(),
					planAndReference.getT1().id(), request.programId(), request.title().strip(),
					request.description().strip(), request.opensAt(), request.closesAt(),
					planAndReference.getT1().content().jurisdiction(), eligibility, now))
			.flatMap(this.calls::insert)
			.flatMap((call) -> record(call, CallAction.CREATE, null, caller.actor()))
			.flatMap((call) -> this.calls.keepRulesVersion(call, caller.actor()).thenReturn(call));
		return this.transactions.transactional(create);
	}

	/**
	 * Replaces a scheduled call's eligibility rules with their next version; {@code If-Match} is required, and once
	 * the call has opened its rules no longer change (409).
	 */
	Mono<Call> changeEligibilityRules(Caller caller, UUID id, @Nullable String ifMatch,
			List<@Nullable EligibilityRule> rules) {
		List<RuleViolation> violations = EligibilityRules.violations(RULES_FIELD, rules);
		if (!violations.isEmpty()) {
			return Mono.error(DomainProblems.unprocessable(violations));
		}
		EligibilityRules eligibility = new EligibilityRules(nonNull(rules));
		return change(caller, id, ifMatch, (current) -> {
			ETags.check(ifMatch, current.version());
			return this.calls.update(current.changeEligibilityRules(eligibility, this.clock.instant()))
				.flatMap((saved) -> record(saved, CallAction.CHANGE_ELIGIBILITY_RULES, current.status(), caller.actor()))
				.flatMap((saved) -> this.calls.keepRulesVersion(saved, caller.actor()).thenReturn(saved));
		});
	}

	Mono<Call> open(Caller caller, UUID id, @Nullable String ifMatch) {
		return change(caller, id, ifMatch, (current) -> open(current, caller.actor()));
	}

	Mono<Call> close(Caller caller, UUID id, @Nullable String ifMatch) {
		return change(caller, id, ifMatch, (current) -> close(current, caller.actor()));
	}

	/** Opens the call, records who did and writes {@code CallOpened}; the caller holds the transaction. */
	Mono<Call> open(Call current, String actor) {
		return apply(current, CallAction.OPEN, current.open(this.clock.instant()), actor,
				(call) -> new CallOpened(UuidV7.next(), call.updatedAt(), call.id(), call.reference(), call.planId(),
						call.programId(), call.title(), call.opensAt(), call.closesAt(), call.jurisdiction()));
	}

	/** Closes the call, records who did and writes {@code CallClosed}; the caller holds the transaction. */
	Mono<Call> close(Call current, String actor) {
		return apply(current, CallAction.CLOSE, current.close(this.clock.instant()), actor,
				(call) -> new CallClosed(UuidV7.next(), call.updatedAt(), call.id(), call.reference(), call.programId(),
						call.jurisdiction()));
	}

	Mono<Call> find(Caller caller, UUID id) {
		return this.calls.findById(id)
			.filter((call) -> caller.canSee(call.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("call", id)));
	}

	/** A call the public may see: any call that was announced (scheduled, open, closed or reviewed). */
	public Mono<Call> findPublic(UUID id) {
		return this.calls.findById(id).switchIfEmpty(Mono.error(() -> ProblemException.notFound("call", id)));
	}

	/**
	 * A call someone may apply to or help with an application to: for a plan officer a call of their
	 * jurisdiction, for an applicant any call the public sees.
	 */
	Mono<Call> findForApplication(Caller caller, UUID id) {
		return caller.hasRole(Roles.PLAN_OFFICER) ? find(caller, id) : findPublic(id);
	}

	Mono<Page<Call>> list(CallFilter filter, PageRequest page) {
		return this.calls.find(filter, page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (call) -> Cursor.after(call.createdAt(), call.id())));
	}

	/** Every version of the call's eligibility rules, oldest first, so that one sees which applied when. */
	Flux<Calls.RulesVersion> rulesVersions(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((call) -> this.calls.rulesVersions(call.id()));
	}

	Flux<HistoryEntry> history(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((call) -> this.history.entries(call.id()));
	}

	private Mono<Call> change(Caller caller, UUID id, @Nullable String ifMatch, Function<Call, Mono<Call>> action) {
		Mono<Call> change = find(caller, id).flatMap((current) -> {
			ETags.checkIfPresent(ifMatch, current.version());
			return action.apply(current);
		});
		return this.transactions.transactional(change).onErrorMap(DomainProblems::translate);
	}

	private Mono<Call> apply(Call current, String action, Call changed, String actor,
			Function<Call, PublishedEvent> event) {
		return this.calls.update(changed)
			.flatMap((saved) -> record(saved, action, current.status(), actor))
			.flatMap((saved) -> this.outbox.append(event.apply(saved)).thenReturn(saved));
	}

	private static List<EligibilityRule> nonNull(List<@Nullable EligibilityRule> rules) {
		return rules.stream().map(Objects::requireNonNull).toList();
	}

	private Mono<Call> record(Call call, String action, @Nullable CallStatus from, String actor) {
		return this.history
			.append(call.id(), new HistoryEntry(action, (from != null) ? from.name() : null, call.status().name(), actor,
					null, call.updatedAt()))
			.thenReturn(call);
	}

}
