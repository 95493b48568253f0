package org.scibureau.plan.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.plan.review.domain.AssignmentPlan.Assignment;
import org.scibureau.plan.review.domain.AssignmentPlan.ProjectAssignment;
import org.scibureau.plan.review.domain.AssignmentPlan;
import org.scibureau.plan.review.domain.Criterion;
import org.scibureau.plan.review.domain.Decision;
import org.scibureau.plan.review.domain.Review;
import org.scibureau.plan.review.domain.ReviewCriteria;
import org.scibureau.plan.review.domain.ReviewStatus;
import org.scibureau.plan.review.domain.ScoreSheet;
import org.scibureau.plan.review.domain.SetAside;
import org.scibureau.plan.review.domain.SubmittedSheet;
import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.web.PageRequest;

/**
 * The reviews in plan-service's database: the review's documents in jsonb, one row per assignment holding its
 * score sheet once submitted, and the per program and fiscal year rows that decisions lock.
 */
@Repository
class Reviews {

	private static final TypeReference<List<Criterion>> CRITERIA = new TypeReference<>() {
	};

	private static final TypeReference<AssignmentPlan> ASSIGNMENT = new TypeReference<>() {
	};

	private static final TypeReference<List<SetAside>> SET_ASIDE = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, call_id, plan_id, program_id, jurisdiction, collaboration_lookback_years, criteria, assignment,
			set_aside, status, decision, version, created_at, updated_at""";

	private static final String ASSIGNMENT_COLUMNS = """
			a.id, a.review_id, a.project_id, a.expert_id, a.assigned_at, a.scores, a.comment, a.scored_at, r.criteria,
			r.status""";

	private final DatabaseClient database;

	private final JsonMapper json;

	private final HistoryLog history;

	Reviews(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
		this.history = new HistoryLog(database, "review_history", "review_id");
	}

	/**
	 * Stores a new review and a row per assignment.
	 * @throws org.springframework.dao.DuplicateKeyException when the call has a review under way already
	 */
	Mono<Review> insert(Review review) {
		AssignmentPlan assignment = review.assignment();
		Mono<Void> reviewRow = this.database.sql("""
				insert into review (id, call_id, plan_id, program_id, jurisdiction, reviewers_per_project,
				                    max_projects_per_expert, collaboration_lookback_years, criteria, assignment,
				                    set_aside, status, version, created_at, updated_at)
				values (:id, :callId, :planId, :programId, :jurisdiction, :k, :m, :lookback, :criteria, :assignment,
				        :setAside, :status, :version, :createdAt, :updatedAt)""")
			.bind("id", review.id())
			.bind("callId", review.callId())
			.bind("planId", review.planId())
			.bind("programId", review.programId())
			.bind("jurisdiction", review.jurisdiction())
			.bind("k", assignment.reviewersPerProject())
			.bind("m", assignment.maxProjectsPerExpert())
			.bind("lookback", review.collaborationLookbackYears())
			.bind("criteria", json(review.criteria().criteria()))
			.bind("assignment", json(assignment))
			.bind("setAside", json(review.setAside()))
			.bind("status", review.status().name())
			.bind("version", review.version())
			.bind("createdAt", review.createdAt())
			.bind("updatedAt", review.updatedAt())
			.then();
		List<ProjectAssignment> projects = assignment.projects();
		List<UUID> projectIds = projects.stream()
			.flatMap((project) -> project.reviewers().stream().map((reviewer) -> project.projectId()))
			.toList();
		List<UUID> expertIds = projects.stream()
			.flatMap((project) -> project.reviewers().stream().map(Assignment::expertId))
			.toList();
		Mono<Void> assignmentRows = projectIds.isEmpty() ? Mono.empty() : this.database.sql("""
				insert into review_assignment (id, review_id, project_id, expert_id, assigned_at)
				select a.id, :reviewId, a.project_id, a.expert_id, :assignedAt
				from unnest(:ids, :projectIds, :expertIds) as a (id, project_id, expert_id)""")
			.bind("reviewId", review.id())
			.bind("assignedAt", review.createdAt())
			.bind("ids", projectIds.stream().map((id) -> UuidV7.next()).toArray(UUID[]::new))
			.bind("projectIds", projectIds.toArray(UUID[]::new))
			.bind("expertIds", expertIds.toArray(UUID[]::new))
			.then();
		return reviewRow.then(assignmentRows).thenReturn(review);
	}

	Mono<Review> findById(UUID id) {
		return find("select " + COLUMNS + " from review where id = :id", id);
	}

	/** The review, locked until the end of the caller's transaction: sheets and decisions take turns. */
	Mono<Review> findForUpdate(UUID id) {
		return find("select " + COLUMNS + " from review where id = :id for update", id);
	}

	/** The call's review under way, if it has one. */
	Mono<UUID> underWay(UUID callId) {
		return this.database.sql("select id from review where call_id = :callId and status <> 'DECIDED'")
			.bind("callId", callId)
			.map((row) -> row.get("id", UUID.class))
			.one();
	}

	/** Appends to the review's history; call it in the transaction of the change. */
	Mono<Void> appendHistory(UUID reviewId, HistoryEntry entry) {
		return this.history.append(reviewId, entry);
	}

	/** The review's history, oldest first. */
	Flux<HistoryEntry> history(UUID reviewId) {
		return this.history.entries(reviewId);
	}

	/**
	 * Writes the review's new state if nobody changed it since {@code review.version()}.
	 * @return the review with its new version
	 * @throws OptimisticLockingFailureException when the stored version moved on
	 */
	Mono<Review> update(Review review) {
		Decision decision = review.decision();
		return this.database.sql("""
				update review set status = :status, decision = :decision, updated_at = :updatedAt,
				    version = version + 1
				where id = :id and version = :version""")
			.bind("id", review.id())
			.bind("version", review.version())
			.bind("status", review.status().name())
			.bind("decision", Parameter.fromOrEmpty((decision != null) ? json(decision) : null, Json.class))
			.bind("updatedAt", review.updatedAt())
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> (count == 0)
					? Mono.error(new OptimisticLockingFailureException("Review " + review.id() + " changed"))
					: Mono.just(review.withVersion(review.version() + 1)));
	}

	/** Writes a submitted sheet into its assignment's row. */
	Mono<Void> saveSheet(UUID reviewId, SubmittedSheet submitted) {
		ScoreSheet sheet = submitted.sheet();
		return this.database.sql("""
				update review_assignment set scores = :scores, comment = :comment, scored_at = :scoredAt
				where review_id = :reviewId and project_id = :projectId and expert_id = :expertId""")
			.bind("reviewId", reviewId)
			.bind("projectId", sheet.projectId())
			.bind("expertId", sheet.expertId())
			.bind("scores", json(sheet.scores()))
			.bind("comment", Parameter.fromOrEmpty(submitted.comment(), String.class))
			.bind("scoredAt", submitted.submittedAt())
			.then();
	}

	/** One page of reviews, newest first, matching the filter. */
	Flux<Review> find(ReviewFilter filter, PageRequest page) {
		return KeysetQuery.from("select " + COLUMNS + " from review")
			.where("call_id = :callId", "callId", filter.callId())
			.where("status = :status", "status", (filter.status() != null) ? filter.status().name() : null)
			.where("jurisdiction like :visible", "visible", filter.visibleJurisdictions())
			.page(this.database, page, "created_at", "id")
			.map(this::readReview)
			.all()
			.concatMap(this::withSheets);
	}

	/** One page of an expert's assignments, newest first. */
	Flux<ExpertAssignment> assignmentsOf(UUID expertId, PageRequest page) {
		return KeysetQuery
			.from("select " + ASSIGNMENT_COLUMNS + " from review_assignment a join review r on r.id = a.review_id")
			.where("a.expert_id = :expertId", "expertId", expertId)
			.page(this.database, page, "a.assigned_at", "a.id")
			.map(this::readAssignment)
			.all();
	}

	/** The expert's assignment to review the project in this review, if there is one. */
	Mono<ExpertAssignment> assignment(UUID reviewId, UUID projectId, UUID expertId) {
		return this.database.sql("select " + ASSIGNMENT_COLUMNS + """
				 from review_assignment a join review r on r.id = a.review_id
				where a.review_id = :reviewId and a.project_id = :projectId and a.expert_id = :expertId""")
			.bind("reviewId", reviewId)
			.bind("projectId", projectId)
			.bind("expertId", expertId)
			.map(this::readAssignment)
			.one();
	}

	private Mono<Review> find(String sql, UUID id) {
		return this.database.sql(sql).bind("id", id).map(this::readReview).one().flatMap(this::withSheets);
	}

	private Mono<Review> withSheets(Review review) {
		return this.database.sql("""
				select project_id, expert_id, scores, comment, scored_at from review_assignment
				where review_id = :id and scores is not null order by project_id, expert_id""")
			.bind("id", review.id())
			.map((row) -> new SubmittedSheet(new ScoreSheet(row.get("project_id", UUID.class),
					row.get("expert_id", UUID.class), scores(row)), row.get("comment", String.class),
					row.get("scored_at", Instant.class)))
			.all()
			.collectList()
			.map((sheets) -> new Review(review.id(), review.callId(), review.planId(), review.programId(),
					review.jurisdiction(), review.criteria(), review.collaborationLookbackYears(), review.assignment(),
					review.setAside(), sheets, review.status(), review.decision(), review.version(),
					review.createdAt(), review.updatedAt()));
	}

	private Review readReview(Readable row) {
		return new Review(row.get("id", UUID.class), row.get("call_id", UUID.class), row.get("plan_id", UUID.class),
				row.get("program_id", UUID.class), row.get("jurisdiction", String.class).trim(),
				new ReviewCriteria(document(row, "criteria", CRITERIA)),
				row.get("collaboration_lookback_years", Integer.class),
				document(row, "assignment", ASSIGNMENT), document(row, "set_aside", SET_ASIDE), List.of(),
				ReviewStatus.valueOf(row.get("status", String.class)), decision(row), row.get("version", Long.class),
				row.get("created_at", Instant.class), row.get("updated_at", Instant.class));
	}

	private ExpertAssignment readAssignment(Readable row) {
		Instant scoredAt = row.get("scored_at", Instant.class);
		UUID projectId = row.get("project_id", UUID.class);
		UUID expertId = row.get("expert_id", UUID.class);
		SubmittedSheet sheet = (scoredAt != null) ? new SubmittedSheet(
				new ScoreSheet(projectId, expertId, scores(row)), row.get("comment", String.class), scoredAt) : null;
		return new ExpertAssignment(row.get("id", UUID.class), row.get("review_id", UUID.class), projectId,
				expertId, row.get("assigned_at", Instant.class), ReviewStatus.valueOf(row.get("status", String.class)),
				document(row, "criteria", CRITERIA), sheet);
	}

	private Map<String, Integer> scores(Readable row) {
		return document(row, "scores", SCORES);
	}

	private @Nullable Decision decision(Readable row) {
		Json value = row.get("decision", Json.class);
		return (value != null) ? this.json.readValue(value.asArray(), Decision.class) : null;
	}

	private <T> T document(Readable row, String column, TypeReference<T> type) {
		return this.json.readValue(row.get(column, Json.class).asArray(), type);
	}

	private Json json(Object value) {
		return Json.of(this.json.writeValueAsBytes(value));
	}

	/**
	 * One assignment of an expert, with what the expert needs of its review.
	 *
	 * @param id the assignment
	 * @param reviewId the review
	 * @param projectId the project to review
	 * @param expertId the expert
	 * @param assignedAt when the review assigned it
	 * @param reviewStatus where the review stands
	 * @param criteria the criteria to score
	 * @param sheet the expert's sheet, once submitted
	 */
	record ExpertAssignment(UUID id, UUID reviewId, UUID projectId, UUID expertId, Instant assignedAt,
			ReviewStatus reviewStatus, List<Criterion> criteria, @Nullable SubmittedSheet sheet) {
	}

}
