package org.scibureau.local.seed;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.local.seed.SeedReport.Kind;
import org.scibureau.local.seed.SeedRequests.Acted;
import org.scibureau.local.seed.SeedRequests.Seeded;
import org.scibureau.local.token.TokenClient;

import static org.scibureau.local.seed.SeedRequests.encode;
import static org.scibureau.local.seed.SeedRequests.text;

/**
 * Seeds the {@link DemoData} and the {@link DemoApplications} through the public API behind the gateway:
 * organisations, then the researchers who work for them, then the experts among those researchers, then plans, then
 * this year's funds for their programs, then calls, then the applications to those calls (each approved one awaits
 * funding-service's answer, and those under way are taken on by {@link ProjectWork}), then the expenditure reported
 * on them, then the expert reviews. The
 * bureau's work is done as the {@code scibureau-seeder} client, an applicant's, an expert's or a finance officer's
 * as a demo identity (see {@link Actor}).
 * <p>
 * Seeding is idempotent: every item is first looked up by its natural key (an organisation's credit code, a
 * researcher's or expert's fixed id, a plan's, call's or application's title, a fund's name and year, a review's
 * call) and only created when it is missing, and an item found half done (a plan left in draft, a call still
 * scheduled, an application not yet at its target state, a review with sheets missing, a fund that does not yet pay
 * for its program, a tranche released and not yet paid) is taken on to its target state, so a second run adds
 * nothing.
 * An application that someone has moved elsewhere since is left as it is. Each creation also carries an
 * {@code Idempotency-Key} derived from the item and its body, so a creation whose answer was lost is not repeated
 * either; a creation refused with 409 because the item appeared meanwhile looks it up again. Requests are retried
 * while the platform warms up.
 */
public final class DemoSeeder {

	private static final Duration RETRY_FOR = Duration.ofSeconds(60);

	private static final Duration WAIT_FOR = Duration.ofSeconds(60);

	private static final int MAX_ACTIONS = 6;

	private static final List<String> CALL_STATES = List.of("SCHEDULED", "OPEN", "CLOSED", "REVIEWED");

	private final SeedRequests requests;

	private final DemoDirectory directory;

	private final Clock clock;

	private final BooleanSupplier cancelled;

	private final ProjectWork work;

	/**
	 * A seeder that talks to the gateway with tokens of the local authorization server.
	 * @param gateway the gateway's base URL
	 * @param tokens the authorization server's token client
	 * @param directory the demo identities, with the ids the authorization server's tokens name
	 * @param clock the clock that dates the calls, the applications and the experts' availability
	 * @param cancelled tells the seeder to stop between two items
	 */
	public DemoSeeder(URI gateway, TokenClient tokens, DemoDirectory directory, Clock clock,
			BooleanSupplier cancelled) {
		this((actor) -> new ApiClient(gateway, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
				() -> actor.token(tokens), JsonMapper.builder().build(), RETRY_FOR, Pause.SLEEP), directory, clock,
				cancelled, Pause.SLEEP);
	}

	/**
	 * A seeder that talks through the API clients of each actor.
	 * @param clients makes the API client of an actor
	 * @param pause waits while another service follows an event
	 */
	DemoSeeder(Function<Actor, ApiClient> clients, DemoDirectory directory, Clock clock, BooleanSupplier cancelled,
			Pause pause) {
		this.requests = new SeedRequests(clients, WAIT_FOR, pause);
		this.directory = directory;
		this.clock = clock;
		this.cancelled = cancelled;
		this.work = new ProjectWork(this.requests, today());
	}

	/**
	 * Seeds whatever is missing.
	 * @return what was created, found and changed
	 * @throws SeedingException if the API refuses a request or stays unavailable
	 * @throws CancellationException if cancelled between two items
	 */
	public SeedReport seed() {
		SeedReport report = SeedReport.NOTHING;
		for (OrganisationSeed seed : DemoData.organisations(this.directory)) {
			checkCancelled();
			report = report.plus(ensureOrganisation(seed));
		}
		for (ResearcherSeed seed : DemoData.researchers(this.directory)) {
			checkCancelled();
			report = report.plus(ensureById("/api/talent/researchers", seed.id(), Kind.RESEARCHER, seed.key(),
					seed.body(), seed.name()));
		}
		for (ExpertSeed seed : DemoData.experts(this.directory, this.clock)) {
			checkCancelled();
			report = report.plus(ensureById("/api/talent/experts", seed.researcherId(), Kind.EXPERT, seed.key(),
					seed.body(), seed.name()));
		}
		Map<String, JsonNode> plans = new HashMap<>();
		for (PlanSeed seed : DemoData.plans()) {
			checkCancelled();
			report = report.plus(ensurePlan(seed, plans));
		}
		for (FundSeed seed : DemoData.funds(this.clock)) {
			checkCancelled();
			report = report.plus(ensureFund(seed, programId(plans, seed.planKey(), seed.programName())));
		}
		Map<String, UUID> calls = new HashMap<>();
		for (CallSeed seed : DemoData.calls(this.clock)) {
			checkCancelled();
			report = report.plus(ensureCall(seed, programId(plans, seed.planKey(), seed.programName()), calls));
		}
		Map<String, UUID> projects = new LinkedHashMap<>();
		List<ProjectSeed> projectSeeds = DemoApplications.projects(this.clock);
		for (ProjectSeed seed : projectSeeds) {
			checkCancelled();
			report = report.plus(ensureProject(seed, callId(calls, seed.callKey(), seed.title()), projects));
		}
		for (ExpenditureSeed seed : DemoProjectsUnderway.expenditure()) {
			checkCancelled();
			report = report.plus(ensureExpenditure(seed, projectSeeds, projects));
		}
		for (ReviewSeed seed : DemoApplications.reviews()) {
			checkCancelled();
			report = report.plus(ensureReview(seed, callId(calls, seed.callKey(), seed.key()), projects));
		}
		return report;
	}

	/**
	 * Finds the organisation by its credit code or registers it. Demo tokens name it by the directory's id, so an
	 * organisation registered under another id (before seeding, by hand) stops seeding.
	 */
	private SeedReport ensureOrganisation(OrganisationSeed seed) {
		Seeded organisation = this.requests.findOrCreate(Actor.BUREAU,
				() -> this.requests.find(Actor.BUREAU, "/api/plan/organisations?creditCode=" + encode(seed.creditCode()),
						(item) -> seed.creditCode().equals(text(item, "creditCode"))),
				"/api/plan/organisations", Kind.ORGANISATION, seed.key(), seed.body(), seed.name());
		String id = text(organisation.item(), "id");
		if (!seed.id().toString().equals(id)) {
			throw new SeedingException("Demo organisation '" + seed.name() + "' (credit code " + seed.creditCode()
					+ ") is registered with id " + id + ", not with the demo directory's " + seed.id()
					+ ", which demo tokens name; start over with 'up --demo --fresh'");
		}
		return SeedReport.of(Kind.ORGANISATION, organisation.created(), 0);
	}

	/**
	 * Finds or creates the plan and takes it on until it is published, then records it under its key in
	 * {@code published}.
	 */
	private SeedReport ensurePlan(PlanSeed seed, Map<String, JsonNode> published) {
		Seeded found = this.requests.findOrCreate(Actor.BUREAU,
				() -> this.requests.find(Actor.BUREAU,
						"/api/plan/plans?q=" + encode(seed.title()) + "&jurisdiction=" + seed.jurisdiction(),
						(item) -> seed.title().equals(text(item, "title"))),
				"/api/plan/plans", Kind.PLAN, seed.key(), seed.body(), seed.title());
		JsonNode plan = found.item();
		int actions = 0;
		for (int attempts = 0; !"PUBLISHED".equals(text(plan, "status")); attempts++) {
			if (attempts == MAX_ACTIONS) {
				throw new SeedingException("Demo plan '" + seed.title() + "' did not reach PUBLISHED");
			}
			String action = switch (text(plan, "status")) {
				case "DRAFT" -> "submission";
				case "UNDER_REVIEW" -> "publication";
				default -> throw new SeedingException("Demo plan '" + seed.title() + "' is " + text(plan, "status")
						+ " and cannot be published; start over with 'up --demo --fresh'");
			};
			Acted acted = this.requests.act(Actor.BUREAU, "/api/plan/plans/" + text(plan, "id"), action, null, plan,
					seed.title());
			plan = acted.item();
			actions += acted.taken() ? 1 : 0;
		}
		published.put(seed.key(), plan);
		return SeedReport.of(Kind.PLAN, found.created(), actions);
	}

	/**
	 * Finds this year's fund by its name or sets it up as a finance officer, then has it pay for its program, which
	 * funding-service learns from the plan's publication shortly after it.
	 */
	private SeedReport ensureFund(FundSeed seed, UUID programId) {
		int year = fiscalYear();
		Seeded found = this.requests.findOrCreate(Actor.FINANCE,
				() -> this.requests.find(Actor.FINANCE, "/api/funding/funds?fiscalYear=" + year,
						(item) -> seed.name().equals(text(item, "name"))),
				"/api/funding/funds", Kind.FUND, seed.key(), seed.body(year), seed.name());
		boolean paysForProgram = found.item()
			.path("programs")
			.valueStream()
			.anyMatch((program) -> programId.toString().equals(text(program, "programId")));
		if (paysForProgram) {
			return SeedReport.of(Kind.FUND, found.created(), 0);
		}
		ApiResponse added = this.requests.postOnceKnown(Actor.FINANCE,
				"/api/funding/funds/" + text(found.item(), "id") + "/programs", Map.of("programId", programId),
				"unknown-program");
		if (!added.is(200)) {
			throw new SeedingException("Could not have demo fund '" + seed.name() + "' pay for program " + programId
					+ ": " + added.problem());
		}
		return SeedReport.of(Kind.FUND, found.created(), 1);
	}

	/** Finds or creates the call and takes it on to its target, then records its id under its key in {@code ids}. */
	private SeedReport ensureCall(CallSeed seed, UUID programId, Map<String, UUID> ids) {
		Seeded found = this.requests.findOrCreate(Actor.BUREAU,
				() -> this.requests.find(Actor.BUREAU, "/api/plan/calls?q=" + encode(seed.title()),
						(item) -> seed.title().equals(text(item, "title"))),
				"/api/plan/calls", Kind.CALL, seed.key(), seed.body(programId), seed.title());
		JsonNode call = found.item();
		int actions = 0;
		for (int attempts = 0; CALL_STATES.indexOf(text(call, "status")) < seed.target().ordinal(); attempts++) {
			if (attempts == MAX_ACTIONS) {
				throw new SeedingException("Demo call '" + seed.title() + "' did not reach " + seed.target());
			}
			String action = switch (text(call, "status")) {
				case "SCHEDULED" -> "opening";
				case "OPEN" -> "closing";
				default -> throw new SeedingException(
						"Demo call '" + seed.title() + "' is in an unknown state " + text(call, "status"));
			};
			Acted acted = this.requests.act(Actor.BUREAU, "/api/plan/calls/" + text(call, "id"), action, null, call,
					seed.title());
			call = acted.item();
			actions += acted.taken() ? 1 : 0;
		}
		ids.put(seed.key(), UUID.fromString(text(call, "id")));
		return SeedReport.of(Kind.CALL, found.created(), actions);
	}

	/**
	 * Finds the application among those its organisation's applicant sees (drafts included) or drafts it, takes it
	 * step by step towards its target, each step as the applicant or the bureau, and records its id under its key in
	 * {@code ids}.
	 */
	private SeedReport ensureProject(ProjectSeed seed, UUID callId, Map<String, UUID> ids) {
		Actor applicant = Actor.applicant(this.directory.organisation(seed.organisation()));
		Seeded found = this.requests.findOrCreate(applicant,
				() -> this.requests.find(applicant, "/api/plan/projects?q=" + encode(seed.title()),
						(item) -> seed.title().equals(text(item, "title"))),
				"/api/plan/projects", Kind.PROJECT, seed.key(), seed.body(callId, this.directory), seed.title());
		JsonNode project = found.item();
		String path = "/api/plan/projects/" + text(project, "id");
		int actions = 0;
		int attempts = 0;
		for (ProjectSeed.Step step = seed.target().stepFrom(text(project, "status")); step != null;
				step = seed.target().stepFrom(text(project, "status"))) {
			if (attempts++ == MAX_ACTIONS) {
				throw new SeedingException("Demo application '" + seed.title() + "' did not reach " + seed.target());
			}
			Acted acted = this.requests.act(step.byApplicant() ? applicant : Actor.BUREAU, path, step.action(),
					stepBody(step, seed), project, seed.title());
			project = acted.item();
			actions += acted.taken() ? 1 : 0;
		}
		if (seed.target().approved()) {
			ProjectWork.Progress progress = this.work.advance(seed, project, applicant);
			project = progress.project();
			actions += progress.actions();
		}
		ids.put(seed.key(), UUID.fromString(text(project, "id")));
		return SeedReport.of(Kind.PROJECT, found.created(), actions);
	}

	private @Nullable Map<String, Object> stepBody(ProjectSeed.Step step, ProjectSeed seed) {
		return switch (step) {
			case WITHDRAW, RETURN -> Map.of("reason", required(seed.reason(), "reason", seed.title()));
			case APPROVE -> Map.of("approvedBudget", required(seed.approvedBudget(), "approved budget", seed.title()),
					"fiscalYear", fiscalYear());
			case SUBMIT, START_FORMAL_CHECK, PASS_FORMAL_CHECK -> null;
		};
	}

	/** Has the applicant of a project under way report its expenditure, unless it has already. */
	private SeedReport ensureExpenditure(ExpenditureSeed seed, List<ProjectSeed> projectSeeds,
			Map<String, UUID> projectIds) {
		ProjectSeed project = projectSeeds.stream()
			.filter((candidate) -> candidate.key().equals(seed.projectKey()))
			.findFirst()
			.orElseThrow(() -> new SeedingException("Demo expenditure names no demo project " + seed.projectKey()));
		JsonNode current = this.requests.get(Actor.BUREAU, "/api/plan/projects/" + projectIds.get(project.key()),
				project.title());
		Actor applicant = Actor.applicant(this.directory.organisation(project.organisation()));
		return SeedReport.actions(this.work.reportExpenditure(seed, project, current, applicant));
	}

	/**
	 * Finds the call's newest review or opens one, has the assigned experts who score submit their missing sheets,
	 * each as that expert, and decides the review if the seed names a decision. A decided review is left as it is.
	 */
	private SeedReport ensureReview(ReviewSeed seed, UUID callId, Map<String, UUID> projectIds) {
		Seeded found = this.requests.findOrCreate(Actor.BUREAU,
				() -> this.requests.find(Actor.BUREAU, "/api/plan/reviews?callId=" + callId,
						(item) -> callId.toString().equals(text(item, "callId"))),
				"/api/plan/reviews", Kind.REVIEW, seed.key(), seed.body(callId), seed.key());
		JsonNode review = found.item();
		String path = "/api/plan/reviews/" + text(review, "id");
		if ("DECIDED".equals(text(review, "status"))) {
			return SeedReport.of(Kind.REVIEW, found.created(), 0);
		}
		int sheets = submitMissingSheets(seed, review, projectIds);
		if (seed.decision() == null) {
			return SeedReport.of(Kind.REVIEW, found.created(), sheets);
		}
		Map<String, Object> decision = decisionBody(seed.decision(), review, projectIds);
		if (sheets > 0) {
			review = this.requests.get(Actor.BUREAU, path, seed.key());
		}
		int decided = 0;
		for (int attempts = 0; !"DECIDED".equals(text(review, "status")); attempts++) {
			if (attempts == MAX_ACTIONS) {
				throw new SeedingException("Demo review '" + seed.key() + "' could not be decided");
			}
			Acted acted = this.requests.act(Actor.BUREAU, path, "decisions", decision, review, seed.key());
			review = acted.item();
			decided += acted.taken() ? 1 : 0;
		}
		return SeedReport.of(Kind.REVIEW, found.created(), sheets + decided);
	}

	/** Submits the sheets of the experts who score and have not yet; the number submitted. */
	private int submitMissingSheets(ReviewSeed seed, JsonNode review, Map<String, UUID> projectIds) {
		List<String> criteria = review.path("criteria").valueStream().map((criterion) -> text(criterion, "code")).toList();
		int submitted = 0;
		for (JsonNode project : review.path("projects")) {
			String projectKey = keyOf(projectIds, text(project, "projectId"));
			ReviewSeed.Sheet sheet = (projectKey != null) ? seed.sheets().get(projectKey) : null;
			if (sheet == null) {
				continue;
			}
			for (JsonNode reviewer : project.path("reviewers")) {
				DemoDirectory.Talent expert = talent(text(reviewer, "expertId"));
				if (reviewer.path("sheetSubmittedAt").isString()
						|| (seed.scorer() != null && (expert == null || !seed.scorer().equals(expert.key())))) {
					continue;
				}
				if (expert == null) {
					throw new SeedingException("Demo review '" + seed.key() + "' assigned expert "
							+ text(reviewer, "expertId") + ", who is not in the demo directory and cannot score; "
							+ "start over with 'up --demo --fresh'");
				}
				String sheetPath = "/api/plan/reviews/" + text(review, "id") + "/assignments/"
						+ text(project, "projectId") + "/score-sheet";
				ApiResponse response = this.requests.as(Actor.expert(expert)).put(sheetPath, sheet.body(criteria));
				if (!response.is(200)) {
					throw new SeedingException("Could not submit " + expert.nameZh() + "'s score sheet for '"
							+ text(project, "title") + "': " + response.problem());
				}
				submitted++;
			}
		}
		return submitted;
	}

	private Map<String, Object> decisionBody(ReviewSeed.Decision decision, JsonNode review, Map<String, UUID> projectIds) {
		List<String> inReview = review.path("projects").valueStream().map((project) -> text(project, "projectId")).toList();
		List<Map<String, Object>> approvals = new ArrayList<>();
		decision.approvals().forEach((projectKey, budget) -> {
			UUID id = projectIds.get(projectKey);
			if (id != null && inReview.contains(id.toString())) {
				approvals.add(Map.of("projectId", id.toString(), "approvedBudget", budget));
			}
		});
		return Map.of("fiscalYear", fiscalYear(), "approvals", approvals, "rejectionReason",
				decision.rejectionReason());
	}

	/** The demo talent an expert id names, if it names one. */
	private DemoDirectory.@Nullable Talent talent(String expertId) {
		return this.directory.talents()
			.stream()
			.filter((talent) -> talent.id().toString().equals(expertId))
			.findFirst()
			.orElse(null);
	}

	/** Finds the item at {@code path/id} or creates it with a {@code POST} to {@code path}. */
	private SeedReport ensureById(String path, UUID id, Kind kind, String key, Map<String, Object> body,
			String name) {
		Seeded item = this.requests.findOrCreate(Actor.BUREAU, () -> this.requests.read(Actor.BUREAU, path + "/" + id),
				path, kind, key, body, name);
		return SeedReport.of(kind, item.created(), 0);
	}

	/** The fiscal year of approvals and funds: this year in Chengdu. */
	private int fiscalYear() {
		return today().getYear();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(DemoData.BUREAU_TIME_ZONE));
	}

	private void checkCancelled() {
		if (this.cancelled.getAsBoolean()) {
			throw new CancellationException("Demo seeding cancelled");
		}
	}

	private static UUID programId(Map<String, JsonNode> plans, String planKey, String programName) {
		JsonNode plan = plans.get(planKey);
		if (plan == null) {
			throw new SeedingException("Demo program '" + programName + "' names no demo plan " + planKey);
		}
		for (JsonNode program : plan.path("programs")) {
			if (programName.equals(text(program, "name"))) {
				return UUID.fromString(text(program, "id"));
			}
		}
		throw new SeedingException("Demo plan " + planKey + " has no program '" + programName + "'");
	}

	private static UUID callId(Map<String, UUID> calls, String callKey, String item) {
		UUID id = calls.get(callKey);
		if (id == null) {
			throw new SeedingException("Demo item '" + item + "' names no demo call " + callKey);
		}
		return id;
	}

	private static @Nullable String keyOf(Map<String, UUID> ids, String id) {
		return ids.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().toString().equals(id))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	private static <T> T required(@Nullable T value, String what, String item) {
		if (value == null) {
			throw new SeedingException("Demo item '" + item + "' has no " + what);
		}
		return value;
	}

}
