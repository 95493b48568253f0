package org.scibureau.plan.plan;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.plan.plan.domain.Plan;
import org.scibureau.plan.plan.domain.PlanKind;
import org.scibureau.plan.plan.domain.PlanStatus;
import org.scibureau.plan.support.ReasonRequest;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * Plans for bureau staff: draft, revise, submit for review, return, publish, list, history.
 */
@RestController
@RequestMapping(path = "/api/plan/plans", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanController {

	private final PlanService plans;

	PlanController(PlanService plans) {
		this.plans = plans;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<PlanView>> create(Caller caller, @Valid @RequestBody PlanRequest request) {
		return this.plans.create(caller, request.toContent(caller), request.namedProgramIds())
			.map((plan) -> ResponseEntity.created(URI.create("/api/plan/plans/" + plan.id()))
				.eTag(ETags.of(plan.version()))
				.body(PlanView.of(plan)));
	}

	@GetMapping
	Mono<Page<PlanView>> list(Caller caller, @RequestParam(required = false) @Nullable PlanStatus status,
			@RequestParam(required = false) @Nullable PlanKind kind,
			@RequestParam(required = false) @Nullable String jurisdiction,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		PageRequest page = PageRequest.of(limit, cursor);
		PlanFilter filter = new PlanFilter(status, kind, jurisdiction, year, blankToNull(text),
				caller.visibleJurisdictions());
		return this.plans.list(filter, page).map((result) -> result.map(PlanView::of));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<PlanView>> get(Caller caller, @PathVariable UUID id) {
		return this.plans.find(caller, id).map(PlanController::withETag);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<PlanView>> update(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PlanRequest request) {
		return this.plans.update(caller, id, ifMatch, request.toContent(caller), request.namedProgramIds())
			.map(PlanController::withETag);
	}

	@PostMapping("/{id}/submission")
	Mono<ResponseEntity<PlanView>> submit(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return this.plans.submit(caller, id, ifMatch).map(PlanController::withETag);
	}

	@PostMapping("/{id}/return")
	Mono<ResponseEntity<PlanView>> returnForRevision(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ReasonRequest reason) {
		return this.plans.returnForRevision(caller, id, ifMatch, (reason != null) ? reason.reason() : null)
			.map(PlanController::withETag);
	}

	@PostMapping("/{id}/publication")
	Mono<ResponseEntity<PlanView>> publish(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return this.plans.publish(caller, id, ifMatch).map(PlanController::withETag);
	}

	@PostMapping("/{id}/revision")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<PlanView>> startRevision(Caller caller, @PathVariable UUID id) {
		return this.plans.startRevision(caller, id)
			.map((revision) -> ResponseEntity.created(URI.create("/api/plan/plans/" + revision.id()))
				.eTag(ETags.of(revision.version()))
				.body(PlanView.of(revision)));
	}

	@GetMapping("/{id}/versions")
	Mono<List<PlanView>> versions(Caller caller, @PathVariable UUID id) {
		return this.plans.versions(caller, id).map(PlanView::of).collectList();
	}

	@GetMapping("/{id}/history")
	Mono<List<HistoryEntry>> history(Caller caller, @PathVariable UUID id) {
		return this.plans.history(caller, id).collectList();
	}

	static ResponseEntity<PlanView> withETag(Plan plan) {
		return ResponseEntity.status(HttpStatus.OK).eTag(ETags.of(plan.version())).body(PlanView.of(plan));
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
