package org.scibureau.talent.researcher;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.talent.ResearcherRegistered;
import org.scibureau.platform.events.talent.ResearcherUpdated;
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
import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;
import org.scibureau.talent.researcher.domain.Orcid;
import org.scibureau.talent.researcher.domain.Researcher;
import org.scibureau.talent.researcher.domain.ResearcherProfile;

/**
 * Registering researchers and correcting their profiles; each change is one transaction with its history row and
 * its events in the outbox: {@code ResearcherRegistered} or {@code ResearcherUpdated}, and {@code ExpertUpdated}
 * too when an expert's organisation or jurisdiction changes with the researcher's.
 */
@Service
class ResearcherService {

	private final Researchers researchers;

	private final Experts experts;

	private final HistoryLog history;

	private final References references;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	ResearcherService(Researchers researchers, Experts experts, DatabaseClient database, Outbox outbox,
			TransactionalOperator transactions, Clock clock) {
		this.researchers = researchers;
		this.experts = experts;
		this.history = new HistoryLog(database, "researcher_history", "researcher_id");
		this.references = new References(database);
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Registers a researcher under {@code requestedId}, or a new id when {@code null}.
	 * @throws ProblemException 409 when the id or the ORCID iD is already registered
	 */
	Mono<Researcher> register(Caller caller, @Nullable UUID requestedId, ResearcherProfile profile) {
		Instant now = this.clock.instant();
		UUID id = (requestedId != null) ? requestedId : UuidV7.next();
		Mono<Researcher> register = requireSound(caller, profile).then(requireIdFree(id))
			.then(requireOrcidFree(profile.orcid(), id))
			.then(this.references.next("TAL", "researcher_reference_seq", now))
			.map((reference) -> Researcher.register(id, reference, profile, now))
			.flatMap(this.researchers::insert)
			.flatMap((researcher) -> record(researcher, "register", null, caller))
			.flatMap((researcher) -> this.outbox.append(registered(researcher)).thenReturn(researcher));
		return this.transactions.transactional(register);
	}

	Mono<Researcher> update(Caller caller, UUID id, @Nullable String ifMatch, ResearcherProfile profile) {
		Mono<Researcher> update = requireSound(caller, profile).then(findToChange(caller, id))
			.flatMap((current) -> {
				ETags.check(ifMatch, current.version());
				return requireOrcidFree(profile.orcid(), id)
					.then(this.researchers.update(current.update(profile, this.clock.instant())))
					.flatMap((researcher) -> record(researcher, "update", Researcher.REGISTERED, caller))
					.flatMap((researcher) -> publishUpdate(current, researcher));
			});
		return this.transactions.transactional(update);
	}

	/** The researcher, if the caller may see it: staff within their reach, an applicant those of its organisation. */
	Mono<Researcher> find(Caller caller, UUID id) {
		return this.researchers.findById(id)
			.filter((researcher) -> canSee(caller, researcher))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("researcher", id)));
	}

	Mono<Page<Researcher>> list(Caller caller, ResearcherFilter filter, PageRequest page) {
		Optional<ResearcherFilter> visible = visibleTo(caller, filter);
		if (visible.isEmpty()) {
			return Mono.just(new Page<>(List.of(), null));
		}
		return this.researchers.find(visible.get(), page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (researcher) -> Cursor.after(researcher.createdAt(),
					researcher.id())));
	}

	Flux<HistoryEntry> history(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((researcher) -> this.history.entries(researcher.id()));
	}

	/** The researcher, if the caller may change it: a talent officer, within its jurisdiction. */
	private Mono<Researcher> findToChange(Caller caller, UUID id) {
		return this.researchers.findById(id)
			.filter((researcher) -> TalentAccess.officerChanges(caller, researcher.profile().jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("researcher", id)));
	}

	private Mono<Researcher> record(Researcher researcher, String action, @Nullable String from, Caller caller) {
		return this.history
			.append(researcher.id(), new HistoryEntry(action, from, Researcher.REGISTERED, caller.actor(), null,
					researcher.updatedAt()))
			.thenReturn(researcher);
	}

	/** {@code ResearcherUpdated}, and {@code ExpertUpdated} when an expert's organisation or jurisdiction moved. */
	private Mono<Researcher> publishUpdate(Researcher before, Researcher after) {
		Mono<List<PublishedEvent>> events = after.profile().sameAffiliationAs(before.profile())
				? Mono.just(List.of(updated(after)))
				: this.experts.findById(after.id())
					.map((expert) -> List.<PublishedEvent>of(updated(after), expert.updatedEvent(after.updatedAt())))
					.defaultIfEmpty(List.of(updated(after)));
		return events.flatMap(this.outbox::append).thenReturn(after);
	}

	private Mono<Void> requireIdFree(UUID id) {
		return this.researchers.exists(id)
			.flatMap((taken) -> taken ? Mono.error(conflict("id", "researcher-id-taken", id)) : Mono.empty());
	}

	private Mono<Void> requireOrcidFree(@Nullable Orcid orcid, UUID owner) {
		if (orcid == null) {
			return Mono.empty();
		}
		return this.researchers.orcidTaken(orcid, owner)
			.flatMap((taken) -> taken ? Mono.error(conflict("orcid", "orcid-taken", orcid.value())) : Mono.empty());
	}

	private static ProblemException conflict(String field, String code, Object value) {
		return new ProblemException(ProblemType.CONFLICT, "problem.conflict." + code, new Object[] { value }, Map.of(),
				List.of(FieldViolation.of(field, code, value)));
	}

	/** The profile obeys the rules, and the caller may own researchers of its jurisdiction. */
	private static Mono<Void> requireSound(Caller caller, ResearcherProfile profile) {
		List<RuleViolation> violations = new ArrayList<>(profile.violations());
		if (!caller.covers(profile.jurisdiction())) {
			violations.add(new RuleViolation("jurisdiction", "outside-your-jurisdiction", profile.jurisdiction()));
		}
		return violations.isEmpty() ? Mono.empty() : Mono.error(DomainProblems.unprocessable(violations));
	}

	private static boolean canSee(Caller caller, Researcher researcher) {
		ResearcherProfile profile = researcher.profile();
		if (TalentAccess.staffReads(caller, profile.jurisdiction())) {
			return true;
		}
		return caller.hasRole(Roles.APPLICANT)
				&& TalentAccess.organisation(caller).filter((own) -> own.equals(profile.organisationId())).isPresent();
	}

	/** The filter narrowed to what the caller may see; empty when it may see none (an applicant without org). */
	private static Optional<ResearcherFilter> visibleTo(Caller caller, ResearcherFilter filter) {
		if (TalentAccess.isStaff(caller)) {
			return Optional.of(filter.within(TalentAccess.staffJurisdictions(caller), null));
		}
		if (caller.hasRole(Roles.APPLICANT)) {
			return TalentAccess.organisation(caller).map((own) -> filter.within(null, own));
		}
		return Optional.empty();
	}

	private static ResearcherRegistered registered(Researcher researcher) {
		ResearcherProfile profile = researcher.profile();
		return new ResearcherRegistered(UuidV7.next(), researcher.createdAt(), researcher.id(),
				(profile.orcid() != null) ? profile.orcid().value() : null, profile.organisationId(), profile.fields(),
				profile.jurisdiction());
	}

	private static ResearcherUpdated updated(Researcher researcher) {
		ResearcherProfile profile = researcher.profile();
		return new ResearcherUpdated(UuidV7.next(), researcher.updatedAt(), researcher.id(),
				(profile.orcid() != null) ? profile.orcid().value() : null, profile.organisationId(), profile.fields(),
				profile.jurisdiction());
	}

}
