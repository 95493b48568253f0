package org.scibureau.talent.researcher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.References;
import org.scibureau.platform.outbox.Outbox;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;
import org.scibureau.talent.researcher.domain.Expert;
import org.scibureau.talent.researcher.domain.ExpertProfile;

/**
 * Registering researchers as experts and changing their review profiles, by a talent officer or, for availability
 * and declared conflicts, by the expert itself; each change is one transaction with its history row and its event
 * ({@code ExpertRegistered}, {@code ExpertUpdated}) in the outbox.
 */
@Service
class ExpertService {

	private final Experts experts;

	private final Researchers researchers;

	private final HistoryLog history;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	ExpertService(Experts experts, Researchers researchers, DatabaseClient database, Outbox outbox,
			TransactionalOperator transactions, Clock clock) {
		this.experts = experts;
		this.researchers = researchers;
		this.history = new HistoryLog(database, "expert_history", "expert_id");
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Registers researcher {@code researcherId} as an expert.
	 * @throws ProblemException 404 when the caller may not change the researcher, 409 when it is already an expert
	 */
	Mono<ExpertEntry> register(Caller caller, UUID researcherId, ExpertProfile profile) {
		Instant now = this.clock.instant();
		Mono<ExpertEntry> register = requireSound(researcherId, profile, now)
			.then(this.researchers.findById(researcherId))
			.filter((researcher) -> TalentAccess.officerChanges(caller, researcher.profile().jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("researcher", researcherId)))
			.flatMap((researcher) -> requireNotExpert(researcherId)
				.then(this.experts.insert(Expert.register(researcherId, profile, now)))
				.map((expert) -> new ExpertEntry(expert, researcher)))
			.flatMap((entry) -> record(entry, "register", null, caller))
			.flatMap((entry) -> this.outbox.append(entry.registeredEvent()).thenReturn(entry));
		return this.transactions.transactional(register);
	}

	/**
	 * Replaces the review profile: a talent officer within its jurisdiction changes all of it, the expert itself
	 * only its availability and declared conflicts.
	 * @throws ProblemException 404 when the caller may not change this expert, 403 when the expert tries to change
	 * its review fields
	 */
	Mono<ExpertEntry> update(Caller caller, UUID id, @Nullable String ifMatch, ExpertProfile requested) {
		Instant now = this.clock.instant();
		Mono<ExpertEntry> update = requireSound(id, requested, now).then(this.experts.findById(id))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("expert", id)))
			.flatMap((current) -> {
				Expert changed = change(caller, current, requested, now);
				ETags.check(ifMatch, current.expert().version());
				return this.experts.update(changed)
					.map((expert) -> new ExpertEntry(expert, current.researcher()))
					.flatMap((entry) -> record(entry, "update", current.expert().status(), caller));
			})
			.flatMap((entry) -> this.outbox.append(entry.updatedEvent(entry.expert().updatedAt())).thenReturn(entry));
		return this.transactions.transactional(update);
	}

	/** The expert, if the caller may see it: staff within their reach, an expert itself. */
	Mono<ExpertEntry> find(Caller caller, UUID id) {
		return this.experts.findById(id)
			.filter((entry) -> TalentAccess.staffReads(caller, entry.researcher().profile().jurisdiction())
					|| (caller.hasRole(Roles.EXPERT) && TalentAccess.isSelf(caller, id)))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("expert", id)));
	}

	Mono<Page<ExpertEntry>> list(Caller caller, ExpertFilter filter, PageRequest page) {
		if (!TalentAccess.isStaff(caller)) {
			return Mono.just(new Page<>(List.of(), null));
		}
		return this.experts.find(filter.within(TalentAccess.staffJurisdictions(caller)), page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(),
					(entry) -> Cursor.after(entry.expert().createdAt(), entry.expert().id())));
	}

	Flux<HistoryEntry> history(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((entry) -> this.history.entries(entry.expert().id()));
	}

	/**
	 * The expert as the caller changes it.
	 * @throws ProblemException 404 when the caller may not change it, 403 when an expert changes its review fields
	 */
	private static Expert change(Caller caller, ExpertEntry current, ExpertProfile requested, Instant now) {
		Expert expert = current.expert();
		if (TalentAccess.officerChanges(caller, current.researcher().profile().jurisdiction())) {
			return expert.update(requested, now);
		}
		if (!caller.hasRole(Roles.EXPERT) || !TalentAccess.isSelf(caller, expert.id())) {
			throw ProblemException.notFound("expert", expert.id());
		}
		if (!expert.isSelfServiceChange(requested)) {
			throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.expert-self-service", new Object[0],
					Map.of(), List.of(FieldViolation.of("reviewFields", "not-changeable-by-expert")));
		}
		return expert.updateBySelf(requested, now);
	}

	private Mono<ExpertEntry> record(ExpertEntry entry, String action, @Nullable String from, Caller caller) {
		Expert expert = entry.expert();
		return this.history
			.append(expert.id(), new HistoryEntry(action, from, expert.status(), caller.actor(), null,
					expert.updatedAt()))
			.thenReturn(entry);
	}

	private Mono<Void> requireNotExpert(UUID researcherId) {
		return this.experts.exists(researcherId)
			.flatMap((taken) -> taken ? Mono.error(new ProblemException(ProblemType.CONFLICT,
					"problem.conflict.already-expert", new Object[] { researcherId }, Map.of(),
					List.of(FieldViolation.of("researcherId", "already-expert", researcherId)))) : Mono.empty());
	}

	private static Mono<Void> requireSound(UUID expertId, ExpertProfile profile, Instant now) {
		List<RuleViolation> violations = profile.violations(expertId,
				LocalDate.ofInstant(now, References.BUREAU_ZONE));
		return violations.isEmpty() ? Mono.empty() : Mono.error(DomainProblems.unprocessable(violations));
	}

}
