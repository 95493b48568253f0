package org.scibureau.plan.review;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.plan.review.domain.ReviewStatus;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * Expert reviews as plan officers run them: open a review of a call's projects, follow which sheets are in, read
 * the consensus and the ranking within the program's ceiling, and decide.
 */
@RestController
@RequestMapping(path = "/api/plan/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewController {

	private final ReviewService reviews;

	ReviewController(ReviewService reviews) {
		this.reviews = reviews;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<ReviewView>> open(Caller caller, @Valid @RequestBody ReviewRequest request) {
		return this.reviews.open(caller, request)
			.flatMap(this.reviews::view)
			.map((review) -> ResponseEntity.created(URI.create("/api/plan/reviews/" + review.id()))
				.eTag(ETags.of(review.version()))
				.body(review));
	}

	@GetMapping
	Mono<Page<ReviewView>> list(Caller caller, @RequestParam(required = false) @Nullable UUID callId,
			@RequestParam(required = false) @Nullable ReviewStatus status,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.reviews.list(caller, callId, status, PageRequest.of(limit, cursor));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<ReviewView>> get(Caller caller, @PathVariable UUID id) {
		return this.reviews.find(caller, id).flatMap(this.reviews::view).map(ReviewController::withETag);
	}

	@GetMapping("/{id}/history")
	Mono<List<HistoryEntry>> history(Caller caller, @PathVariable UUID id) {
		return this.reviews.history(caller, id).collectList();
	}

	@GetMapping("/{id}/ranking")
	Mono<RankingView> ranking(Caller caller, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable Integer fiscalYear) {
		return this.reviews.ranking(caller, id, fiscalYear);
	}

	@PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ReviewView>> decide(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody DecisionRequest decision) {
		return this.reviews.decide(caller, id, ifMatch, decision)
			.flatMap(this.reviews::view)
			.map(ReviewController::withETag);
	}

	private static ResponseEntity<ReviewView> withETag(ReviewView review) {
		return ResponseEntity.ok().eTag(ETags.of(review.version())).body(review);
	}

}
