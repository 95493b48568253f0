package org.scibureau.talent.researcher;

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

import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.talent.researcher.domain.TalentTier;

/**
 * The review pool: register a researcher as an expert, change its review profile, list and search, read, history.
 */
@RestController
@RequestMapping(path = "/api/talent/experts", produces = MediaType.APPLICATION_JSON_VALUE)
class ExpertController {

	private final ExpertService experts;

	ExpertController(ExpertService experts) {
		this.experts = experts;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<ExpertView>> register(Caller caller, @Valid @RequestBody ExpertRequest request) {
		return this.experts.register(caller, request.researcher(), request.toProfile())
			.map((entry) -> ResponseEntity.created(URI.create("/api/talent/experts/" + entry.expert().id()))
				.eTag(ETags.of(entry.expert().version()))
				.body(ExpertView.of(entry)));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ExpertView>> update(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ExpertRequest request) {
		return this.experts.update(caller, id, ifMatch, request.toProfile()).map(ExpertController::withETag);
	}

	@GetMapping
	Mono<Page<ExpertView>> list(Caller caller, @RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable UUID organisationId,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable TalentTier tier,
			@RequestParam(required = false) @Nullable String jurisdiction,
			@RequestParam(required = false) @Nullable Boolean available,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		ExpertFilter filter = new ExpertFilter(ResearcherController.blankToNull(text), organisationId,
				ResearcherController.blankToNull(field), tier, jurisdiction, available, null);
		return this.experts.list(caller, filter, PageRequest.of(limit, cursor)).map((page) -> page.map(ExpertView::of));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<ExpertView>> get(Caller caller, @PathVariable UUID id) {
		return this.experts.find(caller, id).map(ExpertController::withETag);
	}

	@GetMapping("/{id}/history")
	Mono<List<HistoryEntry>> history(Caller caller, @PathVariable UUID id) {
		return this.experts.history(caller, id).collectList();
	}

	private static ResponseEntity<ExpertView> withETag(ExpertEntry entry) {
		return ResponseEntity.ok().eTag(ETags.of(entry.expert().version())).body(ExpertView.of(entry));
	}

}
