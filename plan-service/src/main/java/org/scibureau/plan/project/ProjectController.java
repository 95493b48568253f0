package org.scibureau.plan.project;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import org.scibureau.plan.project.domain.MidtermCheck;
import org.scibureau.plan.project.domain.MidtermCheckTiming;
import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectAction;
import org.scibureau.plan.project.domain.ProjectStatus;
import org.scibureau.plan.rules.PlanRules;
import org.scibureau.plan.support.ReasonRequest;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * Applications and projects: drafting and submission by applicants, every later step by plan officers, lists and
 * histories for the bureau's dashboards. Each state change is an explicit action; an action the project's state
 * does not allow is a 409 naming the state and the allowed actions.
 */
@RestController
@RequestMapping(path = "/api/plan/projects", produces = MediaType.APPLICATION_JSON_VALUE)
class ProjectController {

	private final ProjectService projects;

	private final PlanRules rules;

	private final Clock clock;

	ProjectController(ProjectService projects, PlanRules rules, Clock clock) {
		this.projects = projects;
		this.rules = rules;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<ProjectView>> create(Caller caller, @Valid @RequestBody ProjectRequest request) {
		return this.projects.create(caller, request)
			.map((project) -> ResponseEntity.created(URI.create("/api/plan/projects/" + project.id()))
				.eTag(ETags.of(project.version()))
				.body(view(caller, project)));
	}

	@GetMapping
	Mono<Page<ProjectView>> list(Caller caller, @RequestParam(required = false) @Nullable ProjectStatus status,
			@RequestParam(required = false) @Nullable UUID callId,
			@RequestParam(required = false) @Nullable UUID programId,
			@RequestParam(required = false) @Nullable String jurisdiction,
			@RequestParam(required = false) @Nullable UUID organisationId,
			@RequestParam(required = false) @Nullable UUID piId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		ProjectFilter requested = new ProjectFilter(status, callId, programId, jurisdiction, organisationId, piId, year,
				(text == null || text.isBlank()) ? null : text.strip(), null, null, false);
		return this.projects.list(caller, ProjectService.visibleTo(caller, requested), PageRequest.of(limit, cursor))
			.map((page) -> page.map((project) -> view(caller, project)));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<ProjectView>> get(Caller caller, @PathVariable UUID id) {
		return this.projects.find(caller, id).map((project) -> withETag(caller, project));
	}

	@GetMapping("/{id}/history")
	Mono<List<HistoryEntry>> history(Caller caller, @PathVariable UUID id) {
		return this.projects.history(caller, id).collectList();
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ProjectView>> edit(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ProjectRequest request) {
		return this.projects.edit(caller, id, ifMatch, request).map((project) -> withETag(caller, project));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<ResponseEntity<Void>> delete(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return this.projects.delete(caller, id, ifMatch).thenReturn(ResponseEntity.noContent().build());
	}

	@PostMapping("/{id}/submission")
	Mono<ResponseEntity<ProjectView>> submit(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return this.projects.submit(caller, id, ifMatch).map((project) -> withETag(caller, project));
	}

	@PostMapping("/{id}/withdrawal")
	Mono<ResponseEntity<ProjectView>> withdraw(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ReasonRequest reason) {
		return act(caller, id, ifMatch, ProjectAction.WITHDRAW,
				(project) -> project.withdraw((reason != null) ? reason.reason() : null, now()));
	}

	@PostMapping("/{id}/formal-check")
	Mono<ResponseEntity<ProjectView>> startFormalCheck(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return act(caller, id, ifMatch, ProjectAction.START_FORMAL_CHECK, (project) -> project.startFormalCheck(now()));
	}

	@PostMapping("/{id}/formal-check-pass")
	Mono<ResponseEntity<ProjectView>> passFormalCheck(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return act(caller, id, ifMatch, ProjectAction.PASS_FORMAL_CHECK, (project) -> project.passFormalCheck(now()));
	}

	@PostMapping("/{id}/return")
	Mono<ResponseEntity<ProjectView>> returnForCorrection(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ReasonRequest reason) {
		return act(caller, id, ifMatch, ProjectAction.RETURN_FOR_CORRECTION,
				(project) -> project.returnForCorrection(reasonOf(reason), now()));
	}

	@PostMapping("/{id}/rejection")
	Mono<ResponseEntity<ProjectView>> reject(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ReasonRequest reason) {
		return act(caller, id, ifMatch, ProjectAction.REJECT, (project) -> project.reject(reasonOf(reason), now()));
	}

	@PostMapping(path = "/{id}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ProjectView>> approve(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ApprovalRequest approval) {
		return this.projects.approve(caller, id, ifMatch, approval.approvedBudget(), approval.fiscalYear())
			.map((project) -> withETag(caller, project));
	}

	@PostMapping("/{id}/funding-request")
	Mono<ResponseEntity<ProjectView>> resubmitForFunding(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return act(caller, id, ifMatch, ProjectAction.RESUBMIT_FOR_FUNDING,
				(project) -> project.resubmitForFunding(now()));
	}

	@PostMapping(path = "/{id}/contract", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ProjectView>> contract(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ContractRequest contract) {
		// The public notice lasts as long as the rule in force on the approval day said when it began.
		return this.projects
			.act(caller, id, ifMatch, ProjectAction.CONTRACT,
					(project) -> this.rules.publicityPeriod(
							PlanRules.dayOf(Objects.requireNonNull(project.approval()).approvedAt())),
					(project, publicity) -> project.contract(contract.contractNumber().strip(), contract.signedOn(),
							publicity.days(), now()))
			.map((project) -> withETag(caller, project));
	}

	@PostMapping("/{id}/start")
	Mono<ResponseEntity<ProjectView>> start(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return act(caller, id, ifMatch, ProjectAction.START, (project) -> project.start(now()));
	}

	@PostMapping(path = "/{id}/milestones/{milestoneId}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ProjectView>> reportMilestone(Caller caller, @PathVariable UUID id,
			@PathVariable UUID milestoneId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ReportRequest report) {
		return this.projects
			.act(caller, id, ifMatch, false, ProjectAction.REPORT_MILESTONE, milestoneId,
					(project) -> project.reportMilestone(milestoneId, report.report().strip(), now()))
			.map((project) -> withETag(caller, project));
	}

	@PostMapping("/{id}/milestones/{milestoneId}/acceptance")
	Mono<ResponseEntity<ProjectView>> acceptMilestone(Caller caller, @PathVariable UUID id,
			@PathVariable UUID milestoneId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return this.projects
			.act(caller, id, ifMatch, false, ProjectAction.ACCEPT_MILESTONE, milestoneId,
					(project) -> project.acceptMilestone(milestoneId, now()))
			.map((project) -> withETag(caller, project));
	}

	@PostMapping(path = "/{id}/midterm-check", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ProjectView>> midtermCheck(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody MidtermCheckRequest check) {
		return this.projects
			.act(caller, id, ifMatch, ProjectAction.MIDTERM_CHECK, this::midtermTiming,
					(project, timing) -> project.midtermCheck(check.result(), check.remarks().strip(), timing, now()))
			.map((project) -> withETag(caller, project));
	}

	@PostMapping("/{id}/acceptance-request")
	Mono<ResponseEntity<ProjectView>> requestAcceptance(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return this.projects
			.act(caller, id, ifMatch, ProjectAction.REQUEST_ACCEPTANCE, this::midtermTiming,
					(project, timing) -> project.requestAcceptance(timing, now()))
			.map((project) -> withETag(caller, project));
	}

	@PostMapping("/{id}/acceptance")
	Mono<ResponseEntity<ProjectView>> accept(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return act(caller, id, ifMatch, ProjectAction.ACCEPT, (project) -> project.accept(now()));
	}

	@PostMapping("/{id}/acceptance-failure")
	Mono<ResponseEntity<ProjectView>> failAcceptance(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ReasonRequest reason) {
		return act(caller, id, ifMatch, ProjectAction.FAIL_ACCEPTANCE,
				(project) -> project.failAcceptance(reasonOf(reason), now()));
	}

	@PostMapping("/{id}/closure")
	Mono<ResponseEntity<ProjectView>> close(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return act(caller, id, ifMatch, ProjectAction.CLOSE, (project) -> project.close(now()));
	}

	@PostMapping("/{id}/suspension")
	Mono<ResponseEntity<ProjectView>> suspend(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ReasonRequest reason) {
		return act(caller, id, ifMatch, ProjectAction.SUSPEND, (project) -> project.suspend(reasonOf(reason), now()));
	}

	@PostMapping("/{id}/resumption")
	Mono<ResponseEntity<ProjectView>> resume(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return act(caller, id, ifMatch, ProjectAction.RESUME, (project) -> project.resume(now()));
	}

	@PostMapping("/{id}/termination")
	Mono<ResponseEntity<ProjectView>> terminate(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ReasonRequest reason) {
		return act(caller, id, ifMatch, ProjectAction.TERMINATE,
				(project) -> project.terminate(reasonOf(reason), now()));
	}

	private Mono<ResponseEntity<ProjectView>> act(Caller caller, UUID id, @Nullable String ifMatch,
			ProjectAction action, UnaryOperator<Project> transition) {
		return this.projects.act(caller, id, ifMatch, false, action, null, transition)
			.map((project) -> withETag(caller, project));
	}

	/** When a project's mid-term check is held: as the rule in force on its contract's day says. */
	private Mono<MidtermCheckTiming> midtermTiming(Project project) {
		return this.rules.midtermCheck(Objects.requireNonNull(project.contract()).signedOn());
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static String reasonOf(@Nullable ReasonRequest reason) {
		return (reason != null) ? reason.reason().strip() : "";
	}

	private static ProjectView view(Caller caller, Project project) {
		return ProjectView.of(project, ProjectService.roleOf(caller));
	}

	private static ResponseEntity<ProjectView> withETag(Caller caller, Project project) {
		return ResponseEntity.ok().eTag(ETags.of(project.version())).body(view(caller, project));
	}

	/**
	 * The approval of a project.
	 *
	 * @param approvedBudget the approved budget, CNY with two decimals, at most the requested amount
	 * @param fiscalYear the fiscal year it is committed in
	 */
	record ApprovalRequest(@NotNull @Digits(integer = 16, fraction = 2) BigDecimal approvedBudget,
			@NotNull @Min(2000) @Max(2100) Integer fiscalYear) {
	}

	/**
	 * The signed task contract.
	 *
	 * @param contractNumber its number
	 * @param signedOn the day it was signed
	 */
	record ContractRequest(@NotBlank @Size(max = 100) String contractNumber, @NotNull LocalDate signedOn) {
	}

	/**
	 * A report on a milestone.
	 *
	 * @param report what was achieved and delivered
	 */
	record ReportRequest(@NotBlank @Size(max = 20000) String report) {
	}

	/**
	 * The outcome of a mid-term check.
	 *
	 * @param result passed, or concerns put on record
	 * @param remarks the officer's remarks
	 */
	record MidtermCheckRequest(@NotNull MidtermCheck.Result result, @NotBlank @Size(max = 20000) String remarks) {
	}

}
