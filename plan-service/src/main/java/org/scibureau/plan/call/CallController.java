package org.scibureau.plan.call;

import java.net.URI;
import java.util.List;
import java.util.Set;
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

import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.call.domain.CallStatus;
import org.scibureau.plan.eligibility.EligibilityTexts;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * Calls for proposals for bureau staff: schedule, change the eligibility rules before opening, open, close, list,
 * history, and every version of the eligibility rules.
 */
@RestController
@RequestMapping(path = "/api/plan/calls", produces = MediaType.APPLICATION_JSON_VALUE)
class CallController {

	private final CallService calls;

	private final EligibilityTexts texts;

	CallController(CallService calls, EligibilityTexts texts) {
		this.calls = calls;
		this.texts = texts;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<CallView>> create(Caller caller, @Valid @RequestBody CallRequest request) {
		return this.calls.create(caller, request)
			.map((call) -> ResponseEntity.created(URI.create("/api/plan/calls/" + call.id()))
				.eTag(ETags.of(call.version()))
				.body(CallView.of(call, this.texts)));
	}

	@GetMapping
	Mono<Page<CallView>> list(Caller caller, @RequestParam(required = false) @Nullable Set<CallStatus> status,
			@RequestParam(required = false) @Nullable UUID programId,
			@RequestParam(required = false) @Nullable UUID planId,
			@RequestParam(required = false) @Nullable String jurisdiction,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		CallFilter filter = new CallFilter((status != null) ? status : Set.of(), programId, planId, jurisdiction,
				(text == null || text.isBlank()) ? null : text.strip(), caller.visibleJurisdictions());
		return this.calls.list(filter, PageRequest.of(limit, cursor)).map((page) -> page.map((call) -> CallView.of(call, this.texts)));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<CallView>> get(Caller caller, @PathVariable UUID id) {
		return this.calls.find(caller, id).map(this::withETag);
	}

	@PutMapping(path = "/{id}/eligibility-rules", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<CallView>> changeEligibilityRules(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody EligibilityRulesRequest request) {
		return this.calls.changeEligibilityRules(caller, id, ifMatch, request.eligibilityRules()).map(this::withETag);
	}

	@PostMapping("/{id}/opening")
	Mono<ResponseEntity<CallView>> open(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return this.calls.open(caller, id, ifMatch).map(this::withETag);
	}

	@PostMapping("/{id}/closing")
	Mono<ResponseEntity<CallView>> close(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return this.calls.close(caller, id, ifMatch).map(this::withETag);
	}

	@GetMapping("/{id}/eligibility-rules")
	Mono<List<RulesVersionView>> rulesVersions(Caller caller, @PathVariable UUID id) {
		return this.calls.rulesVersions(caller, id)
			.map((version) -> new RulesVersionView(version.version(), this.texts.describe(version.rules()),
					version.changedAt(), version.changedBy()))
			.collectList();
	}

	@GetMapping("/{id}/history")
	Mono<List<HistoryEntry>> history(Caller caller, @PathVariable UUID id) {
		return this.calls.history(caller, id).collectList();
	}

	private ResponseEntity<CallView> withETag(Call call) {
		return ResponseEntity.ok().eTag(ETags.of(call.version())).body(CallView.of(call, this.texts));
	}

}
