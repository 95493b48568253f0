package org.scibureau.plan.organisation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.organisation.domain.Organisation;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.events.plan.OrganisationRegistered;
import org.scibureau.platform.events.plan.OrganisationUpdated;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
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
 * Registering applicant organisations and correcting their facts; each change is one transaction with its
 * history row and its event ({@code OrganisationRegistered}, {@code OrganisationUpdated}) in the outbox.
 */
@Service
public class OrganisationService {

	private final Organisations organisations;

	private final HistoryLog history;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	OrganisationService(Organisations organisations, DatabaseClient database, Outbox outbox,
			TransactionalOperator transactions, Clock clock) {
		this.organisations = organisations;
		this.history = new HistoryLog(database, "organisation_history", "organisation_id");
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	Mono<Organisation> register(Caller caller, OrganisationRequest request) {
		Mono<Organisation> register = requireOwnJurisdiction(caller, request.jurisdiction())
			.then(Mono.fromSupplier(() -> Organisation.register((request.id() != null) ? request.id() : UuidV7.next(), request.code(),
					request.name().strip(), request.type(), request.jurisdiction(), this.clock.instant())))
			.flatMap(this.organisations::insert)
			.flatMap((organisation) -> record(organisation, "register", null, caller))
			.flatMap((organisation) -> this.outbox.append(new OrganisationRegistered(UuidV7.next(),
					organisation.createdAt(), organisation.id(), organisation.creditCode().value(), organisation.name(),
					organisation.type().name(), organisation.jurisdiction())).thenReturn(organisation));
		return this.transactions.transactional(register);
	}

	Mono<Organisation> update(Caller caller, UUID id, @Nullable String ifMatch, OrganisationRequest request) {
		Mono<Organisation> update = requireOwnJurisdiction(caller, request.jurisdiction())
			.then(find(caller, id))
			.flatMap((current) -> {
				ETags.check(ifMatch, current.version());
				return this.organisations.update(current.update(request.code(), request.name().strip(),
						request.type(), request.jurisdiction(), this.clock.instant()));
			})
			.flatMap((organisation) -> record(organisation, "update", Organisation.REGISTERED, caller))
			.flatMap((organisation) -> this.outbox.append(new OrganisationUpdated(UuidV7.next(),
					organisation.updatedAt(), organisation.id(), organisation.creditCode().value(), organisation.name(),
					organisation.type().name(), organisation.jurisdiction())).thenReturn(organisation));
		return this.transactions.transactional(update);
	}

	/**
	 * The organisation, if the caller may see it: staff within their jurisdiction, an applicant only its own.
	 */
	/** The registered organisation, whoever asks; empty if it is not registered. */
	public Mono<Organisation> findRegistered(UUID id) {
		return this.organisations.findById(id);
	}

	Mono<Organisation> find(Caller caller, UUID id) {
		return this.organisations.findById(id)
			.filter((organisation) -> canSee(caller, organisation))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("organisation", id)));
	}

	Mono<Page<Organisation>> list(Caller caller, OrganisationFilter filter, PageRequest page) {
		OrganisationFilter visible = isApplicantOnly(caller)
				? new OrganisationFilter(filter.type(), filter.jurisdiction(), filter.creditCode(), filter.text(), null,
						caller.organisationId())
				: new OrganisationFilter(filter.type(), filter.jurisdiction(), filter.creditCode(), filter.text(),
						caller.visibleJurisdictions(), null);
		return this.organisations.find(visible, page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (organisation) -> Cursor.after(organisation.createdAt(),
					organisation.id())));
	}

	Flux<HistoryEntry> history(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((organisation) -> this.history.entries(organisation.id()));
	}

	private Mono<Organisation> record(Organisation organisation, String action, @Nullable String from, Caller caller) {
		return this.history
			.append(organisation.id(), new HistoryEntry(action, from, Organisation.REGISTERED, caller.actor(), null,
					organisation.updatedAt()))
			.thenReturn(organisation);
	}

	private static boolean canSee(Caller caller, Organisation organisation) {
		if (isApplicantOnly(caller)) {
			return organisation.id().equals(caller.organisationId());
		}
		return caller.canSee(organisation.jurisdiction());
	}

	private static boolean isApplicantOnly(Caller caller) {
		return caller.hasRole(Roles.APPLICANT) && !caller.hasAnyRole(Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER,
				Roles.AUDITOR, Roles.DISTRICT_OFFICER);
	}

	private static Mono<Void> requireOwnJurisdiction(Caller caller, String jurisdiction) {
		return caller.canSee(jurisdiction) ? Mono.empty() : Mono.error(DomainProblems
			.unprocessable(List.of(new RuleViolation("jurisdiction", "outside-your-jurisdiction", jurisdiction))));
	}

}
