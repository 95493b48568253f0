package org.scibureau.funding.allocation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.funding.allocation.Allocations.AllocationFilter;
import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;

/**
 * The allocations, newest first: finance and plan officers, administrators and auditors see those of their
 * jurisdiction, an applicant only its own organisation's. One outside what the caller may see is a 404.
 */
@RestController
@RequestMapping(path = "/api/funding/allocations", produces = MediaType.APPLICATION_JSON_VALUE)
class AllocationController {

	/** The roles that see allocations by jurisdiction rather than by organisation. */
	private static final String[] STAFF = { Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.BUREAU_ADMIN,
			Roles.PLAN_OFFICER, Roles.DISTRICT_OFFICER };

	private final Allocations allocations;

	AllocationController(Allocations allocations) {
		this.allocations = allocations;
	}

	@GetMapping
	Mono<Page<Allocation>> list(Caller caller, @RequestParam(required = false) @Nullable UUID fundId,
			@RequestParam(required = false) @Nullable UUID programId,
			@RequestParam(required = false) @Nullable UUID projectId,
			@RequestParam(required = false) @Nullable AllocationStatus status,
			@RequestParam(required = false) @Nullable Integer fiscalYear,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		PageRequest page = PageRequest.of(limit, cursor);
		// An applicant's own organisation, wherever it is; staff by their jurisdiction.
		boolean applicant = applicantOnly(caller);
		AllocationFilter filter = new AllocationFilter(fundId, programId, projectId, status, fiscalYear,
				applicant ? ownOrganisation(caller) : null, applicant ? null : caller.visibleJurisdictions());
		return this.allocations.find(filter, page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (allocation) -> Cursor.after(allocation.createdAt(),
					allocation.id())));
	}

	@GetMapping("/{id}")
	Mono<Allocation> read(Caller caller, @PathVariable UUID id) {
		return this.allocations.findById(id)
			.filter((allocation) -> canSee(caller, allocation))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("allocation", id)));
	}

	private static boolean canSee(Caller caller, Allocation allocation) {
		if (applicantOnly(caller)) {
			return allocation.organisationId().equals(ownOrganisation(caller));
		}
		return caller.canSee(allocation.jurisdiction());
	}

	/** An applicant without a staff role: it sees its own organisation's allocations only. */
	private static boolean applicantOnly(Caller caller) {
		return !caller.hasAnyRole(STAFF);
	}

	/** The caller's organisation; a UUID that matches nothing when the claim is missing or malformed. */
	private static UUID ownOrganisation(Caller caller) {
		try {
			return (caller.organisation() != null) ? UUID.fromString(caller.organisation()) : new UUID(0, 0);
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}

	/** Staff read allocations within their jurisdiction; applicants read their organisation's. */
	@Component
	static class Rules implements AccessRules {

		@Override
		public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
			exchanges.pathMatchers(HttpMethod.GET, "/api/funding/allocations", "/api/funding/allocations/*")
				.hasAnyRole(Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER,
						Roles.DISTRICT_OFFICER, Roles.APPLICANT);
		}

	}

}
