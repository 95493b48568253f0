package org.scibureau.plan.review;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * An expert's assignments: the projects to review with the criteria, and the expert's score sheets.
 */
@RestController
@RequestMapping(path = "/api/plan/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
class AssignmentController {

	private final AssignmentService assignments;

	AssignmentController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@GetMapping("/assignments")
	Mono<Page<AssignmentView>> list(Caller caller, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.assignments.list(caller, PageRequest.of(limit, cursor));
	}

	@GetMapping("/{reviewId}/assignments/{projectId}")
	Mono<AssignmentView> get(Caller caller, @PathVariable UUID reviewId, @PathVariable UUID projectId) {
		return this.assignments.find(caller, reviewId, projectId);
	}

	@PutMapping(path = "/{reviewId}/assignments/{projectId}/score-sheet", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<AssignmentView> score(Caller caller, @PathVariable UUID reviewId, @PathVariable UUID projectId,
			@Valid @RequestBody ScoreSheetRequest sheet) {
		return this.assignments.score(caller, reviewId, projectId, sheet);
	}

}
