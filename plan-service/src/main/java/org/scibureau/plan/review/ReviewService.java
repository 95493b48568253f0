package org.scibureau.plan.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.call.CallService;
import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.plan.PlanService;
import org.scibureau.plan.plan.domain.Program;
import org.scibureau.plan.project.ProgramBudgets;
import org.scibureau.plan.project.ProjectService;
import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectAction;
import org.scibureau.plan.project.domain.ProjectStatus;
import org.scibureau.plan.project.domain.TrancheSplit;
import org.scibureau.plan.review.ProjectFacts.ProjectSummary;
import org.scibureau.plan.review.domain.AssignmentPlan;
import org.scibureau.plan.review.domain.CollaborationLookback;
import org.scibureau.plan.review.domain.Conflict;
import org.scibureau.plan.review.domain.ConflictOfInterest;
import org.scibureau.plan.review.domain.Consensus;
import org.scibureau.plan.review.domain.Criterion;
import org.scibureau.plan.review.domain.Decision.ApprovedBudget;
import org.scibureau.plan.review.domain.Decision;
import org.scibureau.plan.review.domain.Expert;
import org.scibureau.plan.review.domain.ProjectProfile;
import org.scibureau.plan.review.domain.Ranking;
import org.scibureau.plan.review.domain.RankingCandidate;
import org.scibureau.plan.review.domain.Review;
import org.scibureau.plan.review.domain.ReviewAction;
import org.scibureau.plan.review.domain.ReviewCriteria;
import org.scibureau.plan.review.domain.ReviewStatus;
import org.scibureau.plan.review.domain.ReviewerAssignment;
import org.scibureau.plan.review.domain.SetAside;
import org.scibureau.plan.rules.PlanRules;
import org.scibureau.plan.talentpool.TalentPool;
import org.scibureau.plan.talentpool.domain.ExpertProfile;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * Expert reviews as plan officers run them: opening a review assigns reviewers to every project of a call awaiting
 * review; the ranking proposes approvals within the program's ceiling; the decision approves and rejects the
 * projects through the project lifecycle, so that their events go out exactly as for any other approval.
 * <p>
 * A review is seen by plan officers of its jurisdiction (a city covers its districts), administrators and auditors;
 * to anyone else it does not exist.
 */
@Service
class ReviewService {

	private final Reviews reviews;

	private final ProjectFacts facts;

	private final ProgramBudgets budgets;

	private final ProjectService projects;

	private final CallService calls;

	private final PlanService plans;

	private final TalentPool pool;

	private final PlanRules rules;

	private final TransactionalOperator transactions;

	private final Clock clock;

	ReviewService(Reviews reviews, ProjectFacts facts, ProgramBudgets budgets, ProjectService projects,
			CallService calls, PlanService plans, TalentPool pool, PlanRules rules,
			TransactionalOperator transactions, Clock clock) {
		this.reviews = reviews;
		this.facts = facts;
		this.budgets = budgets;
		this.projects = projects;
		this.calls = calls;
		this.plans = plans;
		this.pool = pool;
		this.rules = rules;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Opens the review of every project of the call in expert review: draws the experts of the pool who are
	 * available today and not barred from reviewing, finds every conflict and assigns the reviewers optimally.
	 */
	Mono<Review> open(Caller caller, ReviewRequest request) {
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(References.BUREAU_ZONE).toLocalDate();
		return Mono.zip(this.rules.reviewCriteria(today), this.rules.collaborationLookback(today))
			.flatMap((rules) -> open(caller, request, rules.getT1(), rules.getT2(), now, today));
	}

	/** Opens a review with the rules in force today as defaults for what the request does not name. */
	private Mono<Review> open(Caller caller, ReviewRequest request, ReviewCriteria defaultCriteria,
			CollaborationLookback defaultLookback, Instant now, LocalDate today) {
		List<Criterion> requested = request.criteriaOr(defaultCriteria.criteria());
		List<RuleViolation> violations = ReviewCriteria.violations(requested);
		if (!violations.isEmpty()) {
			return Mono.error(DomainProblems.unprocessable(violations));
		}
		ReviewCriteria criteria = new ReviewCriteria(requested);
		int lookback = (request.collaborationLookbackYears() != null) ? request.collaborationLookbackYears()
				: defaultLookback.years();
		Mono<Review> open = this.calls.findPublic(request.callId())
			.filter((call) -> caller.canSee(call.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("call", request.callId())))
			.flatMap((call) -> this.facts.awaitingReview(call.id())
				.collectList()
				.filter((awaiting) -> !awaiting.isEmpty())
				.switchIfEmpty(Mono.error(() -> DomainProblems
					.unprocessable(List.of(new RuleViolation("callId", "no-project-awaiting-review")))))
				.flatMap((awaiting) -> requireNoReviewUnderWay(call).then(assign(awaiting, today, lookback,
						request.reviewersPerProject(), request.maxProjectsPerExpert())))
				.map((assigned) -> Review.open(UuidV7.next(), call.id(), call.planId(), call.programId(),
						call.jurisdiction(), criteria, lookback, assigned.plan(), assigned.setAside(), now)))
			.flatMap((review) -> this.reviews.insert(review)
				.onErrorMap(DuplicateKeyException.class, (ex) -> reviewUnderWay(review.callId(), null)))
			.flatMap((review) -> record(review, "open", null, caller.actor()));
		return this.transactions.transactional(open).onErrorMap(DomainProblems::translate);
	}

	/** The review, if the caller may see it. */
	Mono<Review> find(Caller caller, UUID id) {
		return this.reviews.findById(id)
			.filter((review) -> caller.canSee(review.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("review", id)));
	}

	/** One page of the reviews the caller sees, newest first. */
	Mono<Page<ReviewView>> list(Caller caller, @Nullable UUID callId, @Nullable ReviewStatus status,
			PageRequest page) {
		return this.reviews.find(new ReviewFilter(callId, status, caller.visibleJurisdictions()), page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (review) -> Cursor.after(review.createdAt(), review.id())))
			.flatMap((reviewPage) -> Flux.fromIterable(reviewPage.items())
				.concatMap(this::view)
				.collectList()
				.map((views) -> new Page<>(views, reviewPage.nextCursor())));
	}

	Flux<HistoryEntry> history(Caller caller, UUID id) {
		return find(caller, id).flatMapMany((review) -> this.reviews.history(review.id()));
	}

	/** The review with what officials recognise its projects by. */
	Mono<ReviewView> view(Review review) {
		return summaries(review).map((summaries) -> ReviewView.of(review, summaries));
	}

	/**
	 * The consensus on every scored project and the approvals proposed, in rank order, within what the program's
	 * annual ceiling has left for the fiscal year; each project's budget is its requested amount.
	 */
	Mono<RankingView> ranking(Caller caller, UUID id, @Nullable Integer fiscalYear) {
		int year = (fiscalYear != null) ? fiscalYear : this.clock.instant().atZone(References.BUREAU_ZONE).getYear();
		// Outliers are trimmed as the rule in force on the review's opening day says, however late the ranking.
		return find(caller, id).flatMap((review) -> Mono
			.zip(ceiling(caller, review), this.budgets.approvedFor(review.programId(), year), summaries(review),
					this.rules.outlierTrimming(PlanRules.dayOf(review.createdAt())))
			.map((figures) -> {
				List<Consensus> consensus = review.consensus(figures.getT4().fromScores());
				Map<UUID, ProjectSummary> summaries = figures.getT3();
				List<RankingCandidate> candidates = consensus.stream()
					.map((projectConsensus) -> {
						ProjectSummary summary = summaries.get(projectConsensus.projectId());
						return new RankingCandidate(summary.id(), summary.submittedAt(), summary.requestedAmount(),
								projectConsensus.total());
					})
					.toList();
				BigDecimal available = figures.getT1().subtract(figures.getT2()).max(BigDecimal.ZERO);
				return RankingView.of(review, year, figures.getT1(), figures.getT2(), consensus,
						Ranking.propose(candidates, available, null), summaries);
			}));
	}

	/**
	 * Decides the review in one transaction: approves the listed projects with the configured tranche split and
	 * rejects every other project still in expert review, each through the project lifecycle (history and event).
	 * The program's fiscal year is locked first, so that concurrent decisions of one program and year take turns
	 * and together never exceed its ceiling.
	 */
	Mono<Review> decide(Caller caller, UUID id, @Nullable String ifMatch, DecisionRequest request) {
		Instant now = this.clock.instant();
		int fiscalYear = request.fiscalYear();
		List<ApprovedBudget> approvals = request.approvals()
			.stream()
			.map((approval) -> new ApprovedBudget(approval.projectId(),
					approval.approvedBudget().setScale(2, RoundingMode.UNNECESSARY)))
			.toList();
		String reason = (request.rejectionReason() != null) ? request.rejectionReason().strip() : null;
		Mono<Review> decide = this.reviews.findForUpdate(id)
			.filter((review) -> caller.canSee(review.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("review", id)))
			.flatMap((review) -> {
				ETags.check(ifMatch, review.version());
				review.requireAllowed(ReviewAction.DECIDE);
				return this.budgets.lock(review.programId(), fiscalYear)
					.then(Mono.zip(ceiling(caller, review), this.budgets.approvedFor(review.programId(), fiscalYear),
							projectsOf(review), this.rules.trancheSplit(PlanRules.dayOf(now))))
					.flatMap((figures) -> {
						TrancheSplit split = figures.getT4();
						List<RuleViolation> violations = new ArrayList<>(review.decisionViolations(approvals, reason,
								figures.getT1(), figures.getT2()));
						violations.addAll(approvalViolations(figures.getT3(), approvals, fiscalYear, split, now));
						RulesViolated.refuseAny(violations);
						Review decided = review.decide(fiscalYear, approvals, reason, figures.getT1(),
								figures.getT2(), now);
						return this.reviews.update(decided)
							.flatMap((saved) -> record(saved, ReviewAction.DECIDE.actionName(), review.status(),
									caller.actor()))
							.flatMap((saved) -> settle(figures.getT3(), Objects.requireNonNull(decided.decision()),
									split, caller.actor(), caller.subject(), now).thenReturn(saved));
					});
			});
		return this.transactions.transactional(decide).onErrorMap(DomainProblems::translate);
	}

	private Mono<Void> requireNoReviewUnderWay(Call call) {
		return this.reviews.underWay(call.id())
			.flatMap((existing) -> Mono.<Void>error(reviewUnderWay(call.id(), existing)));
	}

	private static ProblemException reviewUnderWay(UUID callId, @Nullable UUID reviewId) {
		return new ProblemException(ProblemType.CONFLICT, "problem.conflict.review-under-way", new Object[] { callId },
				(reviewId != null) ? Map.of("reviewId", reviewId) : Map.of(), List.of());
	}

	/** The optimal assignment of the pool's eligible experts, and the experts set aside. */
	private Mono<Assigned> assign(List<ProjectProfile> awaiting, LocalDate today, int lookback,
			int reviewersPerProject, int maxProjectsPerExpert) {
		return this.pool.experts().concatMap((expert) -> standing(expert, today)).collectList().flatMap((standings) -> {
			List<Expert> experts = standings.stream()
				.filter((standing) -> standing.setAside() == null)
				.map(Standing::expert)
				.toList();
			List<SetAside> setAside = standings.stream()
				.filter((standing) -> standing.setAside() != null)
				.map((standing) -> new SetAside(standing.expert().id(), standing.setAside()))
				.toList();
			Set<UUID> expertIds = experts.stream().map(Expert::id).collect(Collectors.toSet());
			return this.facts.collaborations(expertIds, today.minusYears(lookback)).collectList().map((history) -> {
				List<Conflict> conflicts = new ConflictOfInterest(lookback, today, history).among(awaiting, experts);
				AssignmentPlan plan = ReviewerAssignment.assign(awaiting, experts, conflicts, reviewersPerProject,
						maxProjectsPerExpert);
				return new Assigned(plan, setAside);
			});
		});
	}

	/** Whether the expert can review today, and if not why not. */
	private Mono<Standing> standing(ExpertProfile profile, LocalDate today) {
		Expert expert = new Expert(profile.id(), profile.organisationId(), profile.fields(),
				Set.copyOf(profile.conflictOrganisationIds()), Set.copyOf(profile.conflictResearcherIds()), true);
		if (!profile.availableOn(today)) {
			return Mono.just(new Standing(expert, SetAside.Reason.UNAVAILABLE));
		}
		return this.pool.sanctionsOf(profile.id())
			.any((sanction) -> sanction.barsReviewing() && sanction.activeOn(today))
			.map((barred) -> new Standing(expert, barred ? SetAside.Reason.BARRED_FROM_REVIEWING : null));
	}

	private Mono<BigDecimal> ceiling(Caller caller, Review review) {
		return this.plans.find(caller, review.planId()).map((plan) -> {
			Program program = plan.program(review.programId());
			if (program == null) {
				throw new IllegalStateException("Program " + review.programId() + " is not in plan " + plan.id());
			}
			return program.annualBudgetCeiling();
		});
	}

	private Mono<Map<UUID, ProjectSummary>> summaries(Review review) {
		return this.facts.summaries(review.projectIds()).collectMap(ProjectSummary::id);
	}

	/** The review's projects, in id order. */
	private Mono<Map<UUID, Project>> projectsOf(Review review) {
		return Flux.fromIterable(review.projectIds())
			.concatMap(this.projects::findById)
			.collectMap(Project::id, Function.identity(), LinkedHashMap::new);
	}

	/**
	 * What the project lifecycle says against each approval (a budget above the requested amount, a past fiscal
	 * year…), checked before anything changes so that every problem is reported at once. A project that left expert
	 * review meanwhile (withdrawn) refuses its approval with a 409 naming its state.
	 */
	private List<RuleViolation> approvalViolations(Map<UUID, Project> reviewed, List<ApprovedBudget> approvals,
			int fiscalYear, TrancheSplit split, Instant now) {
		Map<String, RuleViolation> violations = new LinkedHashMap<>();
		for (int i = 0; i < approvals.size(); i++) {
			ApprovedBudget approval = approvals.get(i);
			Project project = reviewed.get(approval.projectId());
			if (project == null) {
				continue;
			}
			try {
				project.approve(approval.budget(), fiscalYear, split, "", now);
			}
			catch (RulesViolated refused) {
				for (RuleViolation violation : refused.violations()) {
					String field = "approvedBudget".equals(violation.field())
							? "approvals[" + i + "].approvedBudget" : violation.field();
					violations.putIfAbsent(field + " " + violation.rule(),
							new RuleViolation(field, violation.rule(), violation.arguments()));
				}
			}
		}
		return List.copyOf(violations.values());
	}

	/** Approves and rejects the review's projects as decided, in id order. */
	private Mono<Void> settle(Map<UUID, Project> reviewed, Decision decision, TrancheSplit split, String actor,
			String approver, Instant now) {
		Map<UUID, BigDecimal> approved = decision.approvals()
			.stream()
			.collect(Collectors.toMap(ApprovedBudget::projectId, ApprovedBudget::budget));
		return Flux.fromIterable(reviewed.values()).concatMap((project) -> {
			BigDecimal budget = approved.get(project.id());
			if (budget != null) {
				return this.projects.apply(project, ProjectAction.APPROVE, null, actor,
						(current) -> current.approve(budget, decision.fiscalYear(), split, approver, now));
			}
			if (project.status() == ProjectStatus.EXPERT_REVIEW) {
				return this.projects.apply(project, ProjectAction.REJECT, null, actor,
						(current) -> current.reject(Objects.requireNonNull(decision.rejectionReason()), now));
			}
			return Mono.empty();
		}).then();
	}

	private Mono<Review> record(Review review, String action, @Nullable ReviewStatus from, String actor) {
		return this.reviews
			.appendHistory(review.id(), new HistoryEntry(action, (from != null) ? from.name() : null,
					review.status().name(), actor, null, review.updatedAt()))
			.thenReturn(review);
	}

	/** The assignment of reviewers and the experts left out before it. */
	private record Assigned(AssignmentPlan plan, List<SetAside> setAside) {
	}

	/** An expert of the pool and, if the expert cannot review at all today, why. */
	private record Standing(Expert expert, SetAside.@Nullable Reason setAside) {
	}

}
