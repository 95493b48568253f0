package org.scibureau.plan.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.project.ProjectService;
import org.scibureau.plan.review.Reviews.ExpertAssignment;
import org.scibureau.plan.review.domain.Review;
import org.scibureau.plan.review.domain.ReviewAction;
import org.scibureau.plan.review.domain.ScoreSheet;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * Expert reviews as experts take part: an expert, identified by the {@code talent_id} of its token, sees only its
 * own assignments and submits or revises its score sheets until the review is decided. Anything not assigned to the
 * expert does not exist for it.
 */
@Service
class AssignmentService {

	private final Reviews reviews;

	private final ProjectService projects;

	private final TransactionalOperator transactions;

	private final Clock clock;

	AssignmentService(Reviews reviews, ProjectService projects, TransactionalOperator transactions, Clock clock) {
		this.reviews = reviews;
		this.projects = projects;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** One page of the caller's assignments, newest first. */
	Mono<Page<AssignmentView>> list(Caller caller, PageRequest page) {
		return this.reviews.assignmentsOf(expertOf(caller), page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(),
					(assignment) -> Cursor.after(assignment.assignedAt(), assignment.id())))
			.flatMap((assignments) -> Flux.fromIterable(assignments.items())
				.concatMap(this::view)
				.collectList()
				.map((views) -> new Page<>(views, assignments.nextCursor())));
	}

	/** The caller's assignment to review the project in this review. */
	Mono<AssignmentView> find(Caller caller, UUID reviewId, UUID projectId) {
		return this.reviews.assignment(reviewId, projectId, expertOf(caller))
			.switchIfEmpty(Mono.error(() -> notAssigned(reviewId, projectId)))
			.flatMap(this::view);
	}

	/**
	 * Submits or revises the caller's score sheet for the project; the review becomes SCORED with the last sheet
	 * in. The review is locked meanwhile, so that concurrent sheets and the decision take turns.
	 */
	Mono<AssignmentView> score(Caller caller, UUID reviewId, UUID projectId, ScoreSheetRequest request) {
		UUID expertId = expertOf(caller);
		Mono<Review> score = this.reviews.findForUpdate(reviewId)
			.filter((review) -> review.isAssigned(projectId, expertId))
			.switchIfEmpty(Mono.error(() -> notAssigned(reviewId, projectId)))
			.flatMap((review) -> {
				Review scored = review.score(new ScoreSheet(projectId, expertId, request.scores()),
						(request.comment() != null) ? request.comment().strip() : null, this.clock.instant());
				return this.reviews.saveSheet(reviewId, scored.sheetOf(projectId, expertId).orElseThrow())
					.then(this.reviews.update(scored))
					.flatMap((saved) -> (saved.status() == review.status()) ? Mono.just(saved)
							: this.reviews.appendHistory(saved.id(),
									new HistoryEntry(ReviewAction.SCORE.actionName(), review.status().name(),
											saved.status().name(), caller.actor(), null, saved.updatedAt()))
								.thenReturn(saved));
			});
		return this.transactions.transactional(score)
			.onErrorMap(DomainProblems::translate)
			.then(find(caller, reviewId, projectId));
	}

	private Mono<AssignmentView> view(ExpertAssignment assignment) {
		return this.projects.findById(assignment.projectId())
			.map((project) -> AssignmentView.of(assignment, project));
	}

	/** The expert the caller is, from its token's {@code talent_id} claim. */
	private static UUID expertOf(Caller caller) {
		String talentId = caller.talentId();
		try {
			if (talentId != null) {
				return UUID.fromString(talentId);
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through: a token without a usable talent id cannot act for an expert
		}
		throw new ProblemException(ProblemType.FORBIDDEN);
	}

	private static ProblemException notAssigned(UUID reviewId, UUID projectId) {
		return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.assignment",
				new Object[] { reviewId, projectId }, Map.of(), List.of());
	}

}
