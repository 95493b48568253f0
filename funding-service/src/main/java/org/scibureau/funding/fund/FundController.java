package org.scibureau.funding.fund;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.funding.fund.Funds.FundFilter;
import org.scibureau.funding.fund.domain.Fund;
import org.scibureau.funding.fund.domain.FundSource;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * S&amp;T funds: set up, list with their figures, read, adjust the appropriation, add a program, history.
 */
@RestController
@RequestMapping(path = "/api/funding/funds", produces = MediaType.APPLICATION_JSON_VALUE)
class FundController {

	private final FundService funds;

	FundController(FundService funds) {
		this.funds = funds;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<FundView>> open(Caller caller, @Valid @RequestBody FundRequest request) {
		return Mono.defer(() -> this.funds.open(caller, request))
			.flatMap(this::view)
			.map((view) -> ResponseEntity.created(URI.create("/api/funding/funds/" + view.id()))
				.eTag(ETags.of(view.version()))
				.body(view));
	}

	@GetMapping
	Mono<Page<FundView>> list(Caller caller, @RequestParam(required = false) @Nullable Integer fiscalYear,
			@RequestParam(required = false) @Nullable FundSource source,
			@RequestParam(required = false) @Nullable UUID programId,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.funds.list(caller, new FundFilter(fiscalYear, source, programId, null), PageRequest.of(limit, cursor))
			.flatMap((page) -> Flux.fromIterable(page.items())
				.concatMap(this::view)
				.collectList()
				.map((views) -> new Page<>(views, page.nextCursor())));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<FundView>> read(Caller caller, @PathVariable UUID id) {
		return this.funds.find(caller, id).flatMap(this::view).map(FundController::withETag);
	}

	@PostMapping(path = "/{id}/appropriation", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<FundView>> changeAppropriation(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody AppropriationRequest request) {
		return this.funds.changeAppropriation(caller, id, ifMatch, request)
			.flatMap(this::view)
			.map(FundController::withETag);
	}

	@PostMapping(path = "/{id}/programs", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<FundView>> addProgram(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody ProgramRequest request) {
		return this.funds.addProgram(caller, id, request.programId()).flatMap(this::view).map(FundController::withETag);
	}

	@GetMapping("/{id}/history")
	Mono<List<HistoryEntry>> history(Caller caller, @PathVariable UUID id) {
		return this.funds.history(caller, id).collectList();
	}

	private Mono<FundView> view(Fund fund) {
		return this.funds.programs(fund).collectList().map((programs) -> FundView.of(fund, programs));
	}

	private static ResponseEntity<FundView> withETag(FundView view) {
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	/**
	 * Finance officers set up and adjust funds; they, plan and district officers, administrators and auditors read
	 * them, each within their jurisdiction.
	 */
	@Component
	static class Rules implements AccessRules {

		@Override
		public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
			exchanges.pathMatchers(HttpMethod.POST, "/api/funding/funds", "/api/funding/funds/**")
				.hasRole(Roles.FINANCE_OFFICER)
				.pathMatchers(HttpMethod.GET, "/api/funding/funds", "/api/funding/funds/**")
				.hasAnyRole(Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER,
						Roles.DISTRICT_OFFICER);
		}

	}

}
