package org.scibureau.plan.organisation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.plan.organisation.domain.Organisation;
import org.scibureau.plan.organisation.domain.OrganisationType;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * The registry of applicant organisations: register, correct, list, read, history.
 */
@RestController
@RequestMapping(path = "/api/plan/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
class OrganisationController {

	private final OrganisationService organisations;

	OrganisationController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<OrganisationView>> register(Caller caller, @Valid @RequestBody OrganisationRequest request) {
		return Mono.defer(() -> this.organisations.register(caller, request))
			.map((organisation) -> ResponseEntity.created(URI.create("/api/plan/organisations/" + organisation.id()))
				.eTag(ETags.of(organisation.version()))
				.body(OrganisationView.of(organisation)));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<OrganisationView>> update(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody OrganisationRequest request) {
		return Mono.defer(() -> this.organisations.update(caller, id, ifMatch, request))
			.map(OrganisationController::withETag);
	}

	@GetMapping
	Mono<Page<OrganisationView>> list(Caller caller, @RequestParam(required = false) @Nullable OrganisationType type,
			@RequestParam(required = false) @Nullable String jurisdiction,
			@RequestParam(required = false) @Nullable String creditCode,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		OrganisationFilter filter = new OrganisationFilter(type, jurisdiction,
				(creditCode != null) ? creditCode.strip().toUpperCase(Locale.ROOT) : null,
				(text == null || text.isBlank()) ? null : text.strip(), null, null);
		return this.organisations.list(caller, filter, PageRequest.of(limit, cursor))
			.map((page) -> page.map(OrganisationView::of));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<OrganisationView>> get(Caller caller, @PathVariable UUID id) {
		return this.organisations.find(caller, id).map(OrganisationController::withETag);
	}

	@GetMapping("/{id}/history")
	Mono<List<HistoryEntry>> history(Caller caller, @PathVariable UUID id) {
		return this.organisations.history(caller, id).collectList();
	}

	private static ResponseEntity<OrganisationView> withETag(Organisation organisation) {
		return ResponseEntity.ok().eTag(ETags.of(organisation.version())).body(OrganisationView.of(organisation));
	}

	/**
	 * Plan officers and bureau administrators (reference data) keep the registry; bureau staff, district officers
	 * and auditors read it within their jurisdiction; an applicant reads its own organisation.
	 */
	@Component
	static class Rules implements AccessRules {

		@Override
		public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
			exchanges.pathMatchers(HttpMethod.POST, "/api/plan/organisations")
				.hasAnyRole(Roles.PLAN_OFFICER, Roles.BUREAU_ADMIN)
				.pathMatchers(HttpMethod.PUT, "/api/plan/organisations/*")
				.hasAnyRole(Roles.PLAN_OFFICER, Roles.BUREAU_ADMIN)
				.pathMatchers(HttpMethod.GET, "/api/plan/organisations", "/api/plan/organisations/**")
				.hasAnyRole(Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER, Roles.FINANCE_OFFICER, Roles.TALENT_OFFICER,
						Roles.IP_OFFICER, Roles.AWARDS_OFFICER, Roles.DISTRICT_OFFICER, Roles.AUDITOR, Roles.APPLICANT);
		}

	}

}
