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
import org.scibureau.talent.researcher.domain.Researcher;
import org.scibureau.talent.researcher.domain.TalentTier;

/**
 * Researchers of the talent pool: register, correct, list and search, read, history.
 */
@RestController
@RequestMapping(path = "/api/talent/researchers", produces = MediaType.APPLICATION_JSON_VALUE)
class ResearcherController {

	private final ResearcherService researchers;

	ResearcherController(ResearcherService researchers) {
		this.researchers = researchers;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<ResearcherView>> register(Caller caller, @Valid @RequestBody ResearcherRequest request) {
		return this.researchers.register(caller, request.id(), request.toProfile())
			.map((researcher) -> ResponseEntity.created(URI.create("/api/talent/researchers/" + researcher.id()))
				.eTag(ETags.of(researcher.version()))
				.body(ResearcherView.of(researcher)));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ResearcherView>> update(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ResearcherRequest request) {
		return this.researchers.update(caller, id, ifMatch, request.toProfile()).map(ResearcherController::withETag);
	}

	@GetMapping
	Mono<Page<ResearcherView>> list(Caller caller, @RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable UUID organisationId,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable TalentTier tier,
			@RequestParam(required = false) @Nullable String jurisdiction,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		ResearcherFilter filter = new ResearcherFilter(blankToNull(text), organisationId, blankToNull(field), tier,
				jurisdiction, null, null);
		return this.researchers.list(caller, filter, PageRequest.of(limit, cursor))
			.map((page) -> page.map(ResearcherView::of));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<ResearcherView>> get(Caller caller, @PathVariable UUID id) {
		return this.researchers.find(caller, id).map(ResearcherController::withETag);
	}

	@GetMapping("/{id}/history")
	Mono<List<HistoryEntry>> history(Caller caller, @PathVariable UUID id) {
		return this.researchers.history(caller, id).collectList();
	}

	private static ResponseEntity<ResearcherView> withETag(Researcher researcher) {
		return ResponseEntity.ok().eTag(ETags.of(researcher.version())).body(ResearcherView.of(researcher));
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
