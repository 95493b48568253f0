package org.scibureau.plan.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.call.CallService;
import org.scibureau.plan.call.domain.CallStatus;
import org.scibureau.plan.eligibility.EligibilityDraft;
import org.scibureau.plan.eligibility.EligibilityService;
import org.scibureau.plan.organisation.OrganisationService;
import org.scibureau.plan.project.domain.Milestone;
import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectAction;
import org.scibureau.plan.project.domain.ProjectContent;
import org.scibureau.plan.project.domain.ProjectRole;
import org.scibureau.plan.project.domain.ProjectStatus;
import org.scibureau.plan.rules.PlanRules;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.events.plan.ProjectEvent;
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
import org.scibureau.platform.web.ProblemType;

/**
 * Applications and projects: each action is one transaction that changes the project, appends to its history and
 * writes the action's event, if it has one, to the outbox.
 * <p>
 * Who sees a project: the applicant organisation (its drafts too), and bureau staff of its jurisdiction (a city
 * covers its districts) once it is submitted. Anyone else gets a 404, so a project's existence does not leak.
 */
@Service
public class ProjectService {

	private final Projects projects;

	private final CallService calls;

	private final OrganisationService organisations;

	private final EligibilityService eligibility;

	private final PlanRules rules;

	private final ProgramBudgets budgets;

	private final HistoryLog history;

	private final References references;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	ProjectService(Projects projects, CallService calls, OrganisationService organisations,
			EligibilityService eligibility, PlanRules rules, ProgramBudgets budgets, DatabaseClient database,
			Outbox outbox, TransactionalOperator transactions, Clock clock) {
		this.projects = projects;
		this.calls = calls;
		this.organisations = organisations;
		this.eligibility = eligibility;
		this.rules = rules;
		this.budgets = budgets;
		this.history = new HistoryLog(database, "project_history", "project_id");
		this.references = new References(database);
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Drafts an application of the caller's organisation to a call that is scheduled or open. */
	Mono<Project> create(Caller caller, ProjectRequest request) {
		UUID organisationId = ownOrganisation(caller);
		if (request.callId() == null) {
			return Mono.error(DomainProblems.unprocessable(List.of(new RuleViolation("callId", "required"))));
		}
		ProjectContent content = request.toContent();
		List<RuleViolation> named = unknownMilestones(content, request.namedMilestoneIds(), Set.of());
		if (!named.isEmpty()) {
			return Mono.error(DomainProblems.unprocessable(named));
		}
		Instant now = this.clock.instant();
		Mono<Project> create = this.calls.findPublic(request.callId())
			.flatMap((call) -> (call.status() == CallStatus.SCHEDULED || call.status() == CallStatus.OPEN)
					? Mono.just(call)
					: Mono.error(DomainProblems.unprocessable(List.of(new RuleViolation("callId", "call-not-open")))))
			.zipWith(this.organisations.findRegistered(organisationId)
				.switchIfEmpty(Mono.error(() -> DomainProblems
					.unprocessable(List.of(new RuleViolation("organisationId", "organisation-not-registered"))))))
			.zipWith(this.references.next("PRJ", "project_reference_seq", now),
					(callAndOrganisation, reference) -> Project.draft(UuidV7.next(), reference,
							callAndOrganisation.getT1().id(), callAndOrganisation.getT1().programId(), organisationId,
							callAndOrganisation.getT2().jurisdiction(), content, now))
			.flatMap(this.projects::insert)
			.flatMap((project) -> record(project, "create", null, caller.actor(), null));
		return this.transactions.transactional(create);
	}

	/** Changes a draft's or a returned application's content. */
	Mono<Project> edit(Caller caller, UUID id, @Nullable String ifMatch, ProjectRequest request) {
		ProjectContent content = request.toContent();
		return act(caller, id, ifMatch, true, ProjectAction.EDIT, null, (project) -> {
			Set<UUID> known = new HashSet<>();
			project.content().milestones().forEach((milestone) -> known.add(milestone.id()));
			List<RuleViolation> named = unknownMilestones(content, request.namedMilestoneIds(), known);
			if (!named.isEmpty()) {
				throw DomainProblems.unprocessable(named);
			}
			return project.edit(content, this.clock.instant());
		});
	}

	/**
	 * Submits a draft or returned application: only while its call accepts submissions, only if the call's
	 * eligibility rules pass and the content breaks no rule; every failure is reported at once. Submissions of one
	 * principal investigator are serialised, so that two at once cannot both pass a limit on concurrent projects.
	 */
	Mono<Project> submit(Caller caller, UUID id, @Nullable String ifMatch) {
		Mono<Project> submit = find(caller, id).flatMap((current) -> {
			requireRole(caller, ProjectAction.SUBMIT);
			ETags.checkIfPresent(ifMatch, current.version());
			ProjectContent content = current.content();
			return this.projects.lockPrincipalInvestigator(content.principalInvestigatorId())
				.then(this.calls.findPublic(current.callId()))
				.flatMap((call) -> this.eligibility
					.check(call, new EligibilityDraft(current.organisationId(), content.principalInvestigatorId(),
							content.budget().total(), content.durationMonths(), current.id()))
					.zipWith(this.rules.indirectCostTiers(PlanRules.dayOf(this.clock.instant())))
					.flatMap((checked) -> {
						Instant now = this.clock.instant();
						return apply(current, ProjectAction.SUBMIT, null, caller.actor(),
								(project) -> project.submit(call.acceptsSubmissionsAt(now),
										EligibilityService.violations(checked.getT1()), checked.getT2(), now));
					}));
		});
		return this.transactions.transactional(submit).onErrorMap(DomainProblems::translate);
	}

	/**
	 * Approves a project under expert review with its budget for a fiscal year. The program's year is locked first
	 * and the approval refused when, with what the program already approved that year, it would exceed the
	 * program's annual ceiling; the expert review's decisions take the same lock.
	 */
	Mono<Project> approve(Caller caller, UUID id, @Nullable String ifMatch, BigDecimal budget, int fiscalYear) {
		Mono<Project> approve = find(caller, id).flatMap((current) -> {
			requireRole(caller, ProjectAction.APPROVE);
			ETags.checkIfPresent(ifMatch, current.version());
			return this.calls.findPublic(current.callId())
				.flatMap((call) -> this.budgets.lock(current.programId(), fiscalYear)
					.then(Mono.zip(this.budgets.ceiling(call.planId(), current.programId()),
							this.budgets.approvedFor(current.programId(), fiscalYear))))
				.flatMap((figures) -> {
					BigDecimal ceiling = figures.getT1();
					BigDecimal approved = figures.getT2();
					if (approved.add(budget).compareTo(ceiling) > 0) {
						return Mono.error(DomainProblems.unprocessable(List.of(new RuleViolation("approvedBudget",
								"exceeds-program-ceiling", budget, approved, ceiling))));
					}
					Instant now = this.clock.instant();
					return this.rules.trancheSplit(PlanRules.dayOf(now))
						.flatMap((split) -> apply(current, ProjectAction.APPROVE, null, caller.actor(),
								(project) -> project.approve(budget, fiscalYear, split, caller.subject(), now)));
				});
		});
		return this.transactions.transactional(approve).onErrorMap(DomainProblems::translate);
	}

	/** Deletes a draft: it never reached the bureau. */
	Mono<Void> delete(Caller caller, UUID id, @Nullable String ifMatch) {
		Mono<Void> delete = find(caller, id).flatMap((project) -> {
			requireRole(caller, ProjectAction.DELETE);
			ETags.check(ifMatch, project.version());
			project.requireDeletable();
			return this.projects.delete(project);
		});
		return this.transactions.transactional(delete).onErrorMap(DomainProblems::translate);
	}

	/**
	 * Takes an action on a project the caller sees, as the action's role: checks the version, applies the domain's
	 * transition, records it and writes its event, in one transaction.
	 * @param versionRequired whether {@code If-Match} is required (content changes) or only checked when given
	 * @param milestoneId the milestone acted on, for milestone actions
	 */
	Mono<Project> act(Caller caller, UUID id, @Nullable String ifMatch, boolean versionRequired, ProjectAction action,
			@Nullable UUID milestoneId, UnaryOperator<Project> transition) {
		Mono<Project> act = find(caller, id).flatMap((current) -> {
			requireRole(caller, action);
			if (versionRequired) {
				ETags.check(ifMatch, current.version());
			}
			else {
				ETags.checkIfPresent(ifMatch, current.version());
			}
			return apply(current, action, milestoneId, caller.actor(), transition);
		});
		return this.transactions.transactional(act).onErrorMap(DomainProblems::translate);
	}

	/**
	 * Takes an action whose transition needs figures that depend on the project, such as the rules in force on its
	 * approval day: they are looked up only once the caller's role and the project's state allow the action, so a
	 * refusal is the same as for any other action.
	 */
	<T> Mono<Project> act(Caller caller, UUID id, @Nullable String ifMatch, ProjectAction action,
			Function<Project, Mono<T>> figures, BiFunction<Project, T, Project> transition) {
		Mono<Project> act = find(caller, id).flatMap((current) -> {
			requireRole(caller, action);
			ETags.checkIfPresent(ifMatch, current.version());
			current.requireAllowed(action);
			return figures.apply(current)
				.flatMap((figure) -> apply(current, action, null, caller.actor(),
						(project) -> transition.apply(project, figure)));
		});
		return this.transactions.transactional(act).onErrorMap(DomainProblems::translate);
	}

	/**
	 * Applies a transition to a project already read in the caller's transaction, records it and writes its event.
	 * For actions taken outside a project request (funding-service's answers, integrity sanctions, the decision of an
	 * expert review), with the actor named.
	 */
	public Mono<Project> apply(Project current, ProjectAction action, @Nullable UUID milestoneId, String actor,
			UnaryOperator<Project> transition) {
		Project changed = transition.apply(current);
		return this.projects.update(changed)
			.flatMap((saved) -> record(saved, action.actionName(), current.status(), actor, saved.statusReason()))
			.flatMap((saved) -> publish(action, current, saved, milestoneId).thenReturn(saved));
	}

	/** The project, if the caller may see it. */
	Mono<Project> find(Caller caller, UUID id) {
		return this.projects.findById(id)
			.filter((project) -> canSee(caller, project))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("project", id)));
	}

	/**
	 * The project, if the caller may see it; a 404 otherwise. For what hangs off a project, such as its attachments,
	 * which whoever sees the project sees.
	 */
	public Mono<Project> findVisible(Caller caller, UUID id) {
		return find(caller, id);
	}

	/**
	 * Appends a change to what belongs to the application besides its content, such as {@code attach}, to the
	 * project's history, in the caller's transaction; the project stays in its state.
	 * @param note what changed, kept as the entry's reason
	 */
	public Mono<Void> recordChange(Project project, String action, String actor, String note, Instant at) {
		String status = project.status().name();
		return this.history.append(project.id(), new HistoryEntry(action, status, status, actor, note, at));
	}

	/** The project, whoever asks (for event reactions and the expert review). */
	public Mono<Project> findById(UUID id) {
		return this.projects.findById(id);
	}

	/** The projects a researcher leads in one of the given states (for event reactions). */
	Flux<Project> findLedBy(UUID principalInvestigatorId, List<ProjectStatus> statuses) {
		return this.projects.findLedBy(principalInvestigatorId, statuses);
	}

	Mono<Page<Project>> list(Caller caller, ProjectFilter filter, PageRequest page) {
		return this.projects.find(filter, page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (project) -> Cursor.after(project.createdAt(), project.id())));
	}

	Flux<HistoryEntry> history(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((project) -> this.history.entries(project.id()));
	}

	/** The role the caller acts in on projects, if any: the one whose allowed actions it is shown. */
	static @Nullable ProjectRole roleOf(Caller caller) {
		if (caller.hasRole(Roles.PLAN_OFFICER)) {
			return ProjectRole.PLAN_OFFICER;
		}
		if (caller.hasRole(Roles.APPLICANT)) {
			return ProjectRole.APPLICANT;
		}
		return null;
	}

	/** The filter that narrows a list to what the caller may see. */
	static ProjectFilter visibleTo(Caller caller, ProjectFilter requested) {
		boolean applicant = caller.hasRole(Roles.APPLICANT) && !isStaff(caller);
		return new ProjectFilter(requested.status(), requested.callId(), requested.programId(),
				requested.jurisdiction(), requested.organisationId(), requested.piId(), requested.year(),
				requested.text(), applicant ? null : caller.visibleJurisdictions(),
				applicant ? ownOrganisation(caller) : null, applicant);
	}

	private Mono<Void> publish(ProjectAction action, Project before, Project after, @Nullable UUID milestoneId) {
		Mono<Integer> submissions = (action == ProjectAction.SUBMIT) ? this.projects.submissions(after.id())
				: Mono.just(0);
		return submissions.flatMap((count) -> {
			ProjectEvent event = ProjectEvents.of(action, before, after, milestoneId, count);
			return (event != null) ? this.outbox.append(event) : Mono.empty();
		});
	}

	private Mono<Project> record(Project project, String action, @Nullable ProjectStatus from, String actor,
			@Nullable String reason) {
		HistoryEntry entry = new HistoryEntry(action, (from != null) ? from.name() : null, project.status().name(),
				actor, reason, project.updatedAt());
		return this.history.append(project.id(), entry).thenReturn(project);
	}

	private static boolean canSee(Caller caller, Project project) {
		if (caller.hasRole(Roles.APPLICANT) && project.organisationId().toString().equals(caller.organisation())) {
			return true;
		}
		return isStaff(caller) && project.status() != ProjectStatus.DRAFT && caller.canSee(project.jurisdiction());
	}

	private static boolean isStaff(Caller caller) {
		return caller.hasAnyRole(ProjectAccessRules.STAFF);
	}

	/** The caller must hold the action's role: a plan officer does not act for an applicant, nor the reverse. */
	private static void requireRole(Caller caller, ProjectAction action) {
		if (!caller.hasRole(action.role().roleName())) {
			throw new ProblemException(ProblemType.FORBIDDEN);
		}
	}

	/** The applicant's organisation, from its token's {@code org} claim. */
	private static UUID ownOrganisation(Caller caller) {
		String organisation = caller.organisation();
		try {
			if (organisation != null) {
				return UUID.fromString(organisation);
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through: a token without a usable organisation cannot act for one
		}
		throw new ProblemException(ProblemType.FORBIDDEN);
	}

	private static List<RuleViolation> unknownMilestones(ProjectContent content, Set<UUID> named, Set<UUID> known) {
		List<RuleViolation> violations = new ArrayList<>();
		List<Milestone> milestones = content.milestones();
		for (int i = 0; i < milestones.size(); i++) {
			UUID milestoneId = milestones.get(i).id();
			if (named.contains(milestoneId) && !known.contains(milestoneId)) {
				violations.add(new RuleViolation("milestones[" + i + "].id", "unknown-milestone"));
			}
		}
		return violations;
	}

}
