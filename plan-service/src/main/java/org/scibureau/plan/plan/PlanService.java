package org.scibureau.plan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.plan.domain.Plan;
import org.scibureau.plan.plan.domain.PlanAction;
import org.scibureau.plan.plan.domain.PlanContent;
import org.scibureau.plan.plan.domain.PlanStatus;
import org.scibureau.plan.plan.domain.Program;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.events.plan.PlanPublished;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.outbox.Outbox;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * Drafting, reviewing and publishing plans: each action is one transaction that changes the plan, appends to
 * its history and, on publication, writes {@code PlanPublished} to the outbox.
 */
@Service
public class PlanService {

	private final Plans plans;

	private final HistoryLog history;

	private final References references;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	PlanService(Plans plans, DatabaseClient database, Outbox outbox, TransactionalOperator transactions, Clock clock) {
		this.plans = plans;
		this.history = new HistoryLog(database, "plan_history", "plan_id");
		this.references = new References(database);
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	Mono<Plan> create(Caller caller, PlanContent content, Set<UUID> namedProgramIds) {
		Instant now = this.clock.instant();
		Mono<Plan> create = requireSound(caller, content, namedProgramIds, Set.of()).then(this.references.next("PLN", "plan_reference_seq", now))
			.map((reference) -> Plan.draft(UuidV7.next(), reference, content, now))
			.flatMap(this.plans::insert)
			.flatMap((plan) -> record(plan, PlanAction.CREATE, null, caller, null));
		return this.transactions.transactional(create);
	}

	Mono<Plan> update(Caller caller, UUID id, @Nullable String ifMatch, PlanContent content,
			Set<UUID> namedProgramIds) {
		return find(caller, id).flatMap(this::knownProgramIds)
			.flatMap((known) -> requireSound(caller, content, namedProgramIds, known))
			.then(change(caller, id, ifMatch, true, PlanAction.UPDATE, null,
					(plan) -> plan.revise(content, this.clock.instant())));
	}

	/**
	 * Starts a revision of a published plan: a new draft version with the published content and program ids.
	 * A published version has at most one revision; a second attempt is a 409 naming the first.
	 */
	Mono<Plan> startRevision(Caller caller, UUID id) {
		Instant now = this.clock.instant();
		Mono<Plan> revise = find(caller, id).flatMap((published) -> this.plans.findRevisionOf(published.id())
			.flatMap((existing) -> Mono.<Plan>error(new ProblemException(ProblemType.CONFLICT,
					"problem.conflict.revision-exists", new Object[] { existing }, Map.of("revisionId", existing),
					List.of())))
			.switchIfEmpty(Mono.fromSupplier(() -> published.startRevision(UuidV7.next(), now))))
			.flatMap(this.plans::insert)
			.flatMap((revision) -> record(revision, PlanAction.REVISE, null, caller, null));
		return this.transactions.transactional(revise).onErrorMap(DomainProblems::translate);
	}

	Mono<Plan> submit(Caller caller, UUID id, @Nullable String ifMatch) {
		return change(caller, id, ifMatch, false, PlanAction.SUBMIT, null, (plan) -> plan.submit(this.clock.instant()));
	}

	Mono<Plan> returnForRevision(Caller caller, UUID id, @Nullable String ifMatch, @Nullable String reason) {
		return change(caller, id, ifMatch, false, PlanAction.RETURN, reason,
				(plan) -> plan.returnForRevision(this.clock.instant()));
	}

	Mono<Plan> publish(Caller caller, UUID id, @Nullable String ifMatch) {
		return change(caller, id, ifMatch, false, PlanAction.PUBLISH, null, (plan) -> plan.publish(this.clock.instant()));
	}

	/** Every version of the plan, newest first. */
	Flux<Plan> versions(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((plan) -> this.plans.findVersions(plan.reference()));
	}

	/** The plan, if the caller may see it. */
	public Mono<Plan> find(Caller caller, UUID id) {
		return this.plans.findById(id)
			.filter((plan) -> caller.canSee(plan.content().jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("plan", id)));
	}

	/** A published plan, or a version a published revision superseded, for anyone. */
	Mono<Plan> findPublished(UUID id) {
		return this.plans.findById(id)
			.filter((plan) -> plan.publishedAt() != null)
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("plan", id)));
	}

	/** The published plan that holds a program, if the caller may see it. */
	public Mono<Plan> findPublishedByProgram(Caller caller, UUID programId) {
		return this.plans.findPublishedByProgram(programId)
			.filter((plan) -> caller.canSee(plan.content().jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("published program", programId)));
	}

	Mono<Page<Plan>> list(PlanFilter filter, PageRequest page) {
		return this.plans.find(filter, page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (plan) -> Cursor.after(plan.createdAt(), plan.id())));
	}

	Flux<HistoryEntry> history(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((plan) -> this.history.entries(plan.id()));
	}

	private Mono<Plan> change(Caller caller, UUID id, @Nullable String ifMatch, boolean contentChanged, String action,
			@Nullable String reason, UnaryOperator<Plan> transition) {
		Mono<Plan> change = find(caller, id).flatMap((current) -> {
			if (contentChanged) {
				ETags.check(ifMatch, current.version());
			}
			else {
				ETags.checkIfPresent(ifMatch, current.version());
			}
			Plan changed = transition.apply(current);
			return this.plans.update(changed, contentChanged)
				.flatMap((saved) -> record(saved, action, current.status(), caller, reason))
				.flatMap((saved) -> (saved.status() == PlanStatus.PUBLISHED)
						? archiveSuperseded(saved, caller).then(publishEvent(saved)).thenReturn(saved) : Mono.just(saved));
		});
		return this.transactions.transactional(change).onErrorMap(DomainProblems::translate);
	}

	private Mono<Plan> record(Plan plan, String action, @Nullable PlanStatus from, Caller caller,
			@Nullable String reason) {
		HistoryEntry entry = new HistoryEntry(action, (from != null) ? from.name() : null, plan.status().name(),
				caller.actor(), reason, plan.updatedAt());
		return this.history.append(plan.id(), entry).thenReturn(plan);
	}

	/** Archives the version a just-published revision supersedes, in the same transaction. */
	private Mono<Void> archiveSuperseded(Plan revision, Caller caller) {
		if (revision.supersedes() == null) {
			return Mono.empty();
		}
		return this.plans.findById(revision.supersedes())
			.flatMap((superseded) -> this.plans.update(superseded.archive(revision.id(), revision.updatedAt()), false)
				.flatMap((archived) -> record(archived, PlanAction.ARCHIVE, superseded.status(), caller,
						"superseded by revision " + revision.revision())))
			.then();
	}

	private Mono<Void> publishEvent(Plan plan) {
		PlanContent content = plan.content();
		PlanPublished published = new PlanPublished(UuidV7.next(), plan.updatedAt(), plan.id(), plan.reference(),
				content.kind().name(), content.title(), content.periodStart(), content.periodEnd(),
				content.jurisdiction(), content.priorityAreas(),
				content.programs()
					.stream()
					.map((program) -> new PlanPublished.Program(program.id(), program.name(), program.priorityArea(),
							program.managingDepartment(), program.annualBudgetCeiling(),
							program.managementInstitution()))
					.toList(),
				plan.supersedes());
		return this.outbox.append(published);
	}

	/** The program ids a draft may name: its own and those of the version it revises. */
	private Mono<Set<UUID>> knownProgramIds(Plan draft) {
		Set<UUID> own = draft.content().programs().stream().map(Program::id).collect(Collectors.toSet());
		if (draft.supersedes() == null) {
			return Mono.just(own);
		}
		return this.plans.findById(draft.supersedes()).map((superseded) -> {
			Set<UUID> known = new HashSet<>(own);
			superseded.content().programs().forEach((program) -> known.add(program.id()));
			return known;
		});
	}

	/**
	 * The content obeys the plan rules, the program ids the client named are programs the plan already knows (a
	 * client never mints a program id) and the caller may own plans of its jurisdiction.
	 */
	private static Mono<Void> requireSound(Caller caller, PlanContent content, Set<UUID> namedProgramIds,
			Set<UUID> knownProgramIds) {
		List<RuleViolation> violations = new ArrayList<>(content.violations());
		if (!caller.canSee(content.jurisdiction())) {
			violations.add(new RuleViolation("jurisdiction", "outside-your-jurisdiction", content.jurisdiction()));
		}
		List<Program> programs = content.programs();
		for (int i = 0; i < programs.size(); i++) {
			UUID programId = programs.get(i).id();
			if (namedProgramIds.contains(programId) && !knownProgramIds.contains(programId)) {
				violations.add(new RuleViolation("programs[" + i + "].id", "unknown-program"));
			}
		}
		return violations.isEmpty() ? Mono.empty() : Mono.error(DomainProblems.unprocessable(violations));
	}

}
