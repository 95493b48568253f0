package org.scibureau.funding.allocation;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.funding.allocation.Allocations.AllocationFilter;
import org.scibureau.funding.allocation.domain.Tranche;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;

/**
 * The allocations, newest first, with their tranches: finance and plan officers, administrators and auditors see
 * those of their jurisdiction, an applicant only its own organisation's; one outside what the caller may see is a
 * 404. Finance officers pay out released tranches, a second one confirming large amounts.
 */
@RestController
@RequestMapping(path = "/api/funding/allocations", produces = MediaType.APPLICATION_JSON_VALUE)
class AllocationController {

	/** The roles that see allocations by jurisdiction rather than by organisation. */
	private static final String[] STAFF = { Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.BUREAU_ADMIN,
			Roles.PLAN_OFFICER, Roles.DISTRICT_OFFICER };

	private final Allocations allocations;

	private final Tranches tranches;

	private final TrancheService disbursements;

	private final HistoryLog history;

	private final ExpenditureReports expenditure;

	AllocationController(Allocations allocations, Tranches tranches, TrancheService disbursements,
			ExpenditureReports expenditure, DatabaseClient database) {
		this.allocations = allocations;
		this.expenditure = expenditure;
		this.tranches = tranches;
		this.disbursements = disbursements;
		this.history = new HistoryLog(database, "allocation_history", "allocation_id");
	}

	@GetMapping
	Mono<Page<AllocationView>> list(Caller caller, @RequestParam(required = false) @Nullable UUID fundId,
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
				applicant ? caller.organisationId() : null, applicant ? null : caller.visibleJurisdictions());
		return this.allocations.find(filter, page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (allocation) -> Cursor.after(allocation.createdAt(),
					allocation.id())))
			.flatMap(this::views)
			.map((views) -> applicant ? views.map(AllocationView::withoutOfficials) : views);
	}

	@GetMapping("/{id}")
	Mono<AllocationView> read(Caller caller, @PathVariable UUID id) {
		return find(caller, id).flatMap(this::view)
			.map((view) -> applicantOnly(caller) ? view.withoutOfficials() : view);
	}

	@GetMapping("/{id}/history")
	Mono<List<HistoryEntry>> history(Caller caller, @PathVariable UUID id) {
		return find(caller, id).flatMapMany((allocation) -> this.history.entries(allocation.id())).collectList();
	}

	@PostMapping(path = "/{id}/tranches/{sequence}/disbursement")
	Mono<AllocationView> disburse(Caller caller, @PathVariable UUID id, @PathVariable int sequence,
			@Valid @RequestBody(required = false) @Nullable DisbursementRequest request) {
		return this.disbursements
			.disburse(caller, id, sequence, (request != null) ? request.paymentReference() : null)
			.flatMap(this::view);
	}

	@PostMapping("/{id}/tranches/{sequence}/disbursement-confirmation")
	Mono<AllocationView> confirm(Caller caller, @PathVariable UUID id, @PathVariable int sequence) {
		return this.disbursements.confirm(caller, id, sequence).flatMap(this::view);
	}

	@PostMapping(path = "/{id}/expenditure-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ExpenditureReports.Report>> reportExpenditure(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody ExpenditureReports.ReportRequest request) {
		return find(caller, id).flatMap((allocation) -> this.expenditure.submit(caller, allocation, request))
			.map((report) -> ResponseEntity
				.created(URI.create("/api/funding/allocations/" + id + "/expenditure-reports"))
				.body(report));
	}

	@GetMapping("/{id}/expenditure-reports")
	Mono<List<ExpenditureReports.Report>> expenditureReports(Caller caller, @PathVariable UUID id) {
		return find(caller, id).flatMapMany((allocation) -> this.expenditure.of(allocation.id())).collectList();
	}

	private Mono<Allocation> find(Caller caller, UUID id) {
		return this.allocations.findById(id)
			.filter((allocation) -> canSee(caller, allocation))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("allocation", id)));
	}

	private Mono<AllocationView> view(Allocation allocation) {
		return this.tranches.of(List.of(allocation.id()))
			.collectList()
			.map((tranches) -> AllocationView.of(allocation, tranches));
	}

	private Mono<Page<AllocationView>> views(Page<Allocation> page) {
		return this.tranches.of(page.items().stream().map(Allocation::id).toList())
			.collect(Collectors.groupingBy(Tranche::allocationId))
			.map((byAllocation) -> page.map((allocation) -> AllocationView.of(allocation,
					byAllocation.getOrDefault(allocation.id(), List.of()))));
	}

	private static boolean canSee(Caller caller, Allocation allocation) {
		if (applicantOnly(caller)) {
			return allocation.organisationId().equals(caller.organisationId());
		}
		return caller.canSee(allocation.jurisdiction());
	}

	/** An applicant without a staff role: it sees its own organisation's allocations only. */
	private static boolean applicantOnly(Caller caller) {
		return !caller.hasAnyRole(STAFF);
	}

	/**
	 * A disbursement's details.
	 *
	 * @param paymentReference the treasury's reference of the payment
	 */
	record DisbursementRequest(@Nullable @Size(max = 100) String paymentReference) {
	}

	/**
	 * Staff read allocations within their jurisdiction, applicants their organisation's; finance officers pay out
	 * tranches.
	 */
	@Component
	static class Rules implements AccessRules {

		@Override
		public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
			exchanges.pathMatchers(HttpMethod.POST, "/api/funding/allocations/*/tranches/**")
				.hasRole(Roles.FINANCE_OFFICER)
				.pathMatchers(HttpMethod.POST, "/api/funding/allocations/*/expenditure-reports")
				.hasRole(Roles.APPLICANT)
				.pathMatchers(HttpMethod.GET, "/api/funding/allocations/*/expenditure-reports")
				.hasAnyRole(Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER,
						Roles.DISTRICT_OFFICER, Roles.APPLICANT)
				.pathMatchers(HttpMethod.GET, "/api/funding/allocations/*/history")
				.hasAnyRole(STAFF)
				.pathMatchers(HttpMethod.GET, "/api/funding/allocations", "/api/funding/allocations/*")
				.hasAnyRole(Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER,
						Roles.DISTRICT_OFFICER, Roles.APPLICANT);
		}

	}

}
