package org.scibureau.local.seed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the API behind the gateway, just enough for the seeder: the plan service's organisations (listed
 * by credit code), plans and calls (listed with {@code q} as a title filter, with state actions and versions),
 * applications (drafted by applicants, who see their drafts, taken on by applicants and officers in turn), expert
 * reviews (assigned by field match, scored by the assigned experts only, decided by officers), and the talent
 * service's researchers and experts (read by id). Callers are told apart by their tokens (see {@link #tokenOf}).
 * Creations honour {@code Idempotency-Key} as the platform does, answer 409 for an item that exists, and every
 * request is recorded.
 */
final class FakeGatewayApi implements AutoCloseable {

	private static final Pattern ACTION = Pattern.compile("/api/plan/(plans|calls)/([0-9a-f-]{36})(?:/(\\w+))?");

	private static final Pattern TALENT = Pattern.compile("/api/talent/(researchers|experts)/([0-9a-f-]{36})");

	private static final Pattern PROJECT = Pattern
		.compile("/api/plan/projects/([0-9a-f-]{36})(?:/(milestones/([0-9a-f-]{36})/)?([a-z-]+))?");

	private static final Pattern REVIEW = Pattern.compile("/api/plan/reviews/([0-9a-f-]{36})(/decisions)?");

	private static final Pattern SCORE_SHEET = Pattern
		.compile("/api/plan/reviews/([0-9a-f-]{36})/assignments/([0-9a-f-]{36})/score-sheet");

	private static final String SEEDER_TOKEN = "seeder-token";

	private static final List<String> CRITERIA = List.of("innovation", "feasibility", "team", "budget");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> UNDER_WAY = Set.of("IN_PROGRESS", "MIDTERM_CHECKED");

	/** The project actions: the states each is taken from, the role that takes it, and the state it leads to. */
	private static final Map<String, Transition> PROJECT_ACTIONS = Map.ofEntries(
			Map.entry("submission", new Transition(Set.of("DRAFT"), "applicant", "SUBMITTED")),
			Map.entry("withdrawal", new Transition(Set.of("SUBMITTED"), "applicant", "WITHDRAWN")),
			Map.entry("formal-check", new Transition(Set.of("SUBMITTED"), "officer", "FORMAL_CHECK")),
			Map.entry("return", new Transition(Set.of("FORMAL_CHECK"), "officer", "RETURNED")),
			Map.entry("formal-check-pass", new Transition(Set.of("FORMAL_CHECK"), "officer", "EXPERT_REVIEW")),
			Map.entry("approval", new Transition(Set.of("EXPERT_REVIEW"), "officer", "APPROVED")),
			Map.entry("contract", new Transition(Set.of("APPROVED"), "officer", "CONTRACTED")),
			Map.entry("start", new Transition(Set.of("CONTRACTED"), "applicant", "IN_PROGRESS")),
			Map.entry("report", new Transition(UNDER_WAY, "applicant", null)),
			Map.entry("acceptance", new Transition(Set.of("ACCEPTANCE_REQUESTED"), "officer", "ACCEPTED")),
			Map.entry("midterm-check", new Transition(Set.of("IN_PROGRESS"), "officer", "MIDTERM_CHECKED")),
			Map.entry("acceptance-request", new Transition(UNDER_WAY, "applicant", "ACCEPTANCE_REQUESTED")),
			Map.entry("acceptance-failure",
					new Transition(Set.of("ACCEPTANCE_REQUESTED"), "officer", "FAILED_ACCEPTANCE")),
			Map.entry("closure", new Transition(Set.of("ACCEPTED", "FAILED_ACCEPTANCE"), "officer", "CLOSED")),
			Map.entry("suspension", new Transition(UNDER_WAY, "officer", "SUSPENDED")),
			Map.entry("termination", new Transition(UNDER_WAY, "officer", "TERMINATED")));

	/** The actions that need a reason. */
	private static final Set<String> REASONED = Set.of("withdrawal", "return", "acceptance-failure", "suspension",
			"termination");

	private final JsonMapper json = JSON;

	private final FakeFunding funding = new FakeFunding(JSON);

	/** What funding-service answered to approvals that plan-service has not yet recorded, by project id. */
	private final Map<String, ObjectNode> fundingAnswers = new HashMap<>();

	private final HttpServer server;

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final Map<String, ObjectNode> organisations = new LinkedHashMap<>();

	private final Map<String, ObjectNode> researchers = new LinkedHashMap<>();

	private final Map<String, ObjectNode> experts = new LinkedHashMap<>();

	private final Map<String, ObjectNode> plans = new LinkedHashMap<>();

	private final Map<String, ObjectNode> calls = new LinkedHashMap<>();

	private final Map<String, ObjectNode> projects = new LinkedHashMap<>();

	private final Map<String, ObjectNode> reviews = new LinkedHashMap<>();

	private final Map<String, Answer> idempotentAnswers = new HashMap<>();

	private final Set<String> answersToLose = new HashSet<>();

	private final Set<String> createdMeanwhile = new HashSet<>();

	private final Set<String> changedMeanwhile = new HashSet<>();

	private final AtomicInteger unavailable = new AtomicInteger();

	FakeGatewayApi() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	List<RecordedRequest> requests(String method, String pathPrefix) {
		return this.requests.stream()
			.filter((request) -> request.method().equals(method) && request.path().startsWith(pathPrefix))
			.toList();
	}

	void clearRequests() {
		this.requests.clear();
	}

	/** The next requests answer 503, as a service that is not ready yet. */
	void unavailableFor(int requests) {
		this.unavailable.set(requests);
	}

	/**
	 * The next creation at {@code path} succeeds, but its answer is lost: the gateway answers 504, as when the
	 * service answered too late.
	 */
	synchronized void loseTheAnswerToTheNextCreation(String path) {
		this.answersToLose.add(path);
	}

	/**
	 * The item of the next creation at {@code path} is created by someone else just before, so that creation
	 * answers 409.
	 */
	synchronized void createMeanwhile(String path) {
		this.createdMeanwhile.add(path);
	}

	synchronized List<JsonNode> organisations() {
		return List.copyOf(this.organisations.values());
	}

	synchronized List<JsonNode> researchers() {
		return List.copyOf(this.researchers.values());
	}

	synchronized List<JsonNode> experts() {
		return List.copyOf(this.experts.values());
	}

	synchronized List<JsonNode> plans() {
		return List.copyOf(this.plans.values());
	}

	synchronized List<JsonNode> calls() {
		return List.copyOf(this.calls.values());
	}

	synchronized List<JsonNode> projects() {
		return List.copyOf(this.projects.values());
	}

	synchronized List<JsonNode> reviews() {
		return List.copyOf(this.reviews.values());
	}

	synchronized List<JsonNode> funds() {
		return this.funding.funds();
	}

	synchronized List<JsonNode> allocations() {
		return this.funding.allocations();
	}

	synchronized List<JsonNode> expenditureReports() {
		return this.funding.expenditureReports();
	}

	synchronized void refusePayments(boolean refuse) {
		this.funding.refusePayments(refuse);
	}

	/** The next requests to have a fund pay for a program answer 422, until funding-service has learned it. */
	synchronized void programUnknownFor(int requests) {
		this.funding.programUnknownFor(requests);
	}

	/** The project with this title. */
	synchronized JsonNode project(String title) {
		return this.projects.values()
			.stream()
			.filter((project) -> project.get("title").stringValue().equals(title))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The token the fake expects of an actor: the seeder's own, or the role and the organisation or talent of a demo
	 * identity.
	 */
	static String tokenOf(Actor actor) {
		if (actor.claims() == null) {
			return SEEDER_TOKEN;
		}
		String id = (actor.claims().org() != null) ? actor.claims().org()
				: (actor.claims().talentId() != null) ? actor.claims().talentId() : actor.subject();
		return actor.claims().roles() + " " + id;
	}

	/** An application as an earlier, interrupted run or a demo user left it. */
	synchronized ObjectNode addProject(Map<String, Object> body, UUID organisationId, String status) {
		ObjectNode project = newProject((ObjectNode) this.json.valueToTree(body), organisationId.toString());
		project.put("status", status);
		return project;
	}

	/** The item with this title changes just before the seeder's next action on it, which then answers 412. */
	synchronized void changeMeanwhile(String title) {
		this.changedMeanwhile.add(title);
	}

	/** An organisation registered before seeding, with an id of its own. */
	synchronized ObjectNode addOrganisation(Map<String, Object> body) {
		ObjectNode organisation = this.json.valueToTree(body);
		organisation.put("id", UUID.randomUUID().toString());
		organisation.put("version", 0);
		this.organisations.put(organisation.get("id").stringValue(), organisation);
		return organisation;
	}

	/** A researcher registered before seeding, with an id of its own. */
	synchronized ObjectNode addResearcher(Map<String, Object> body) {
		ObjectNode researcher = this.json.valueToTree(body);
		researcher.put("id", UUID.randomUUID().toString());
		researcher.put("version", 0);
		this.researchers.put(researcher.get("id").stringValue(), researcher);
		return researcher;
	}

	/** A plan as an earlier, interrupted run left it. */
	synchronized ObjectNode addPlan(Map<String, Object> body, String status) {
		ObjectNode plan = this.json.valueToTree(body);
		plan.put("id", UUID.randomUUID().toString());
		plan.put("status", status);
		plan.put("version", 0);
		plan.withArray("programs").forEach((program) -> ((ObjectNode) program).put("id", UUID.randomUUID().toString()));
		this.plans.put(plan.get("id").stringValue(), plan);
		return plan;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private synchronized void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String path = exchange.getRequestURI().getPath();
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), path, query, idempotencyKey,
				exchange.getRequestHeaders().getFirst("If-Match"),
				exchange.getRequestHeaders().getFirst("Authorization"), body);
		this.requests.add(request);
		if (this.unavailable.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			send(exchange, new Answer(503, problem("Service Unavailable", "plan-service is starting")));
			return;
		}
		boolean post = request.method().equals("POST");
		if (post && idempotencyKey != null && this.idempotentAnswers.containsKey(idempotencyKey)) {
			exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
			send(exchange, this.idempotentAnswers.get(idempotencyKey));
			return;
		}
		Answer answer = answer(request);
		if (post && idempotencyKey != null) {
			this.idempotentAnswers.put(idempotencyKey, answer);
		}
		if (post && this.answersToLose.remove(path)) {
			send(exchange, new Answer(504, problem("Gateway Timeout", "the service answered too late")));
			return;
		}
		send(exchange, answer);
	}

	private Answer answer(RecordedRequest request) {
		String method = request.method();
		String path = request.path();
		Map<String, String> query = request.query();
		String caller = request.authorization().substring("Bearer ".length());
		if (path.startsWith("/api/plan/projects") || path.startsWith("/api/plan/reviews")) {
			return answerApplications(request, caller);
		}
		if (path.startsWith("/api/funding/")) {
			return this.funding.answer(request, caller);
		}
		Matcher action = ACTION.matcher(path);
		Matcher talent = TALENT.matcher(path);
		if (method.equals("GET") && path.equals("/api/plan/organisations")) {
			return new Answer(200, page(this.organisations, (item) -> query.get("creditCode") == null
					|| item.get("creditCode").stringValue().equals(query.get("creditCode"))));
		}
		if (method.equals("GET") && path.equals("/api/plan/plans")) {
			return new Answer(200, page(this.plans, (item) -> matchesTitleAndJurisdiction(item, query)));
		}
		if (method.equals("GET") && path.equals("/api/plan/calls")) {
			return new Answer(200, page(this.calls, (item) -> matchesTitleAndJurisdiction(item, query)));
		}
		if (method.equals("GET") && talent.matches()) {
			ObjectNode item = (talent.group(1).equals("researchers") ? this.researchers : this.experts)
				.get(talent.group(2));
			return (item != null) ? new Answer(200, item) : new Answer(404, problem("Not Found", path));
		}
		if (method.equals("POST") && this.createdMeanwhile.remove(path)) {
			create(path, this.json.readTree(request.body()));
		}
		if (method.equals("POST") && !action.matches()) {
			return create(path, this.json.readTree(request.body()));
		}
		if (action.matches()) {
			return act(request, action.group(1).equals("plans") ? this.plans : this.calls, action.group(2),
					action.group(3));
		}
		return new Answer(404, problem("Not Found", path));
	}

	private Answer answerApplications(RecordedRequest request, String caller) {
		String method = request.method();
		String path = request.path();
		Matcher project = PROJECT.matcher(path);
		Matcher review = REVIEW.matcher(path);
		Matcher sheet = SCORE_SHEET.matcher(path);
		if (method.equals("POST") && this.createdMeanwhile.remove(path)) {
			createApplicationItem(path, this.json.readTree(request.body()), caller);
		}
		if (method.equals("POST") && (path.equals("/api/plan/projects") || path.equals("/api/plan/reviews"))) {
			return createApplicationItem(path, this.json.readTree(request.body()), caller);
		}
		if (method.equals("GET") && path.equals("/api/plan/projects")) {
			return new Answer(200, page(this.projects, (item) -> canSee(caller, item)
					&& item.get("title").stringValue().contains(request.query().getOrDefault("q", ""))));
		}
		if (method.equals("GET") && path.equals("/api/plan/reviews")) {
			return caller.equals(SEEDER_TOKEN) ? new Answer(200, page(this.reviews,
					(item) -> item.get("callId").stringValue().equals(request.query().get("callId"))))
					: new Answer(403, problem("Forbidden", "officers only"));
		}
		if (project.matches()) {
			ObjectNode item = this.projects.get(project.group(1));
			if (item == null || !canSee(caller, item)) {
				return new Answer(404, problem("Not Found", path));
			}
			if (project.group(4) == null) {
				recordFundingAnswer(item);
				return new Answer(200, item);
			}
			return actOnProject(request, caller, item, project.group(4), project.group(3));
		}
		if (review.matches() && caller.equals(SEEDER_TOKEN)) {
			ObjectNode item = this.reviews.get(review.group(1));
			if (item == null) {
				return new Answer(404, problem("Not Found", path));
			}
			return (review.group(2) == null) ? new Answer(200, item) : decide(request, item);
		}
		if (sheet.matches() && method.equals("PUT")) {
			return score(caller, sheet.group(1), sheet.group(2), this.json.readTree(request.body()));
		}
		return new Answer(404, problem("Not Found", path));
	}

	private Answer createApplicationItem(String path, JsonNode body, String caller) {
		if (path.equals("/api/plan/reviews")) {
			return caller.equals(SEEDER_TOKEN) ? openReview(body) : new Answer(403, problem("Forbidden", path));
		}
		if (!caller.startsWith("applicant ")) {
			return new Answer(403, problem("Forbidden", "applicants only"));
		}
		ObjectNode call = this.calls.get(body.path("callId").stringValue());
		if (call == null || !List.of("SCHEDULED", "OPEN").contains(call.get("status").stringValue())) {
			return new Answer(422, problem("Unprocessable Content", "call-not-open"));
		}
		ObjectNode project = newProject((ObjectNode) body.deepCopy(), caller.substring("applicant ".length()));
		project.put("programId", call.get("programId").stringValue());
		return new Answer(201, project);
	}

	private ObjectNode newProject(ObjectNode project, String organisationId) {
		project.put("id", UUID.randomUUID().toString());
		project.put("organisationId", organisationId);
		project.put("status", "DRAFT");
		project.put("version", 0);
		project.withArray("milestones")
			.forEach((milestone) -> ((ObjectNode) milestone).put("id", UUID.randomUUID().toString()));
		project.putArray("milestoneReports");
		this.projects.put(project.get("id").stringValue(), project);
		return project;
	}

	private Answer actOnProject(RecordedRequest request, String caller, ObjectNode project, String action,
			String milestoneId) {
		if (this.changedMeanwhile.remove(project.get("title").stringValue())) {
			project.put("version", project.get("version").asLong() + 1);
		}
		if (!("\"" + project.get("version").asLong() + "\"").equals(request.ifMatch())) {
			return new Answer(412, problem("Precondition Failed", "stale version"));
		}
		Transition transition = PROJECT_ACTIONS.get(action);
		boolean onMilestone = milestoneId != null;
		String status = project.get("status").stringValue();
		boolean allowed = onMilestone ? List.of("report", "acceptance").contains(action) && UNDER_WAY.contains(status)
				: transition != null && !action.equals("report") && transition.from().contains(status);
		if (!allowed) {
			return new Answer(409, problem("Conflict", action + " is not allowed in " + status));
		}
		String role = transition.role();
		if (!caller.startsWith(role.equals("officer") ? SEEDER_TOKEN : "applicant ")) {
			return new Answer(403, problem("Forbidden", action + " is for the " + role));
		}
		JsonNode body = request.body().isEmpty() ? this.json.createObjectNode() : this.json.readTree(request.body());
		if (action.equals("submission") && !this.calls.get(project.get("callId").stringValue())
			.get("status")
			.stringValue()
			.equals("OPEN")) {
			return new Answer(422, problem("Unprocessable Content", "call-not-open"));
		}
		if (REASONED.contains(action)) {
			if (!body.path("reason").isString()) {
				return new Answer(400, problem("Bad Request", "reason required"));
			}
			project.put("statusReason", body.get("reason").stringValue());
		}
		Answer refused = onMilestone ? actOnMilestone(project, milestoneId, action, body)
				: takeEffect(project, action, body);
		if (refused != null) {
			return refused;
		}
		if (!onMilestone) {
			project.put("status", transition.to());
		}
		project.put("version", project.get("version").asLong() + 1);
		return new Answer(200, project);
	}

	/** What an action does besides moving the project, or the answer that refuses it. */
	private Answer takeEffect(ObjectNode project, String action, JsonNode body) {
		String allocationId = project.path("funding").path("allocationId").stringValue(null);
		switch (action) {
			case "approval" -> {
				project.set("approval", approval(body.get("approvedBudget"), body.get("fiscalYear")));
				requestFunding(project, body.get("approvedBudget"), body.get("fiscalYear"));
			}
			case "contract" -> {
				if (!project.path("funding").path("outcome").asString().equals("COMMITTED")) {
					return new Answer(409, problem("Conflict", "funds-not-committed"));
				}
				project.set("contract", body);
				this.funding.release(allocationId, 1);
			}
			case "midterm-check" -> {
				if (!body.path("result").isString() || !body.path("remarks").isString()) {
					return new Answer(400, problem("Bad Request", "result and remarks required"));
				}
				project.set("midtermCheck", body);
			}
			case "acceptance-request" -> {
				if (project.get("milestoneReports").valueStream()
					.filter((report) -> report.path("acceptedAt").isString())
					.count() < project.get("milestones").size()) {
					return new Answer(422, problem("Unprocessable Content", "milestone-not-accepted"));
				}
			}
			case "acceptance" -> this.funding.release(allocationId, 3);
			case "suspension", "termination" -> this.funding.stop(allocationId, action.equals("termination"));
			default -> {
			}
		}
		return null;
	}

	/** Reports a milestone or accepts a reported one; the first milestone's acceptance releases the middle tranche. */
	private Answer actOnMilestone(ObjectNode project, String milestoneId, String action, JsonNode body) {
		ObjectNode report = (ObjectNode) project.get("milestoneReports")
			.valueStream()
			.filter((existing) -> existing.get("milestoneId").stringValue().equals(milestoneId))
			.findFirst()
			.orElse(null);
		if (action.equals("report")) {
			if (!body.path("report").isString() || (report != null && report.path("acceptedAt").isString())) {
				return new Answer(422, problem("Unprocessable Content", "report required, milestone not accepted"));
			}
			if (report == null) {
				report = project.withArray("milestoneReports").addObject().put("milestoneId", milestoneId);
			}
			report.put("report", body.get("report").stringValue()).putNull("acceptedAt");
			return null;
		}
		if (report == null || report.path("acceptedAt").isString()) {
			return new Answer(422, problem("Unprocessable Content", "milestone-not-reported or accepted"));
		}
		report.put("acceptedAt", "2026-11-25T10:00:00Z");
		if (project.get("milestones").get(0).get("id").stringValue().equals(milestoneId)) {
			this.funding.release(project.get("funding").get("allocationId").stringValue(), 2);
		}
		return null;
	}

	/** An approval asks funding-service, whose answer plan-service records by the next time the project is read. */
	private void requestFunding(ObjectNode project, JsonNode budget, JsonNode fiscalYear) {
		project.set("funding", this.json.createObjectNode().put("attempt", 1).put("outcome", "REQUESTED"));
		this.fundingAnswers.put(project.get("id").stringValue(),
				this.funding.answerApproval(project, budget.decimalValue(), fiscalYear.asInt(), SEEDER_TOKEN));
	}

	private void recordFundingAnswer(ObjectNode project) {
		ObjectNode answer = this.fundingAnswers.remove(project.get("id").stringValue());
		if (answer != null) {
			project.set("funding", answer);
			project.put("version", project.get("version").asLong() + 1);
		}
	}

	/**
	 * Assigns to each project of the call in expert review the available experts that cover most of its fields, in
	 * registration order among equals, leaving out the project's own organisation, its researchers and experts
	 * already at {@code maxProjectsPerExpert}.
	 */
	private Answer openReview(JsonNode request) {
		String callId = request.get("callId").stringValue();
		if (this.reviews.values().stream().anyMatch((review) -> review.get("callId").stringValue().equals(callId)
				&& !review.get("status").stringValue().equals("DECIDED"))) {
			return new Answer(409, problem("Conflict", "review under way"));
		}
		List<ObjectNode> awaiting = this.projects.values()
			.stream()
			.filter((project) -> project.get("callId").stringValue().equals(callId)
					&& project.get("status").stringValue().equals("EXPERT_REVIEW"))
			.toList();
		if (awaiting.isEmpty()) {
			return new Answer(422, problem("Unprocessable Content", "no-project-awaiting-review"));
		}
		ObjectNode review = this.json.createObjectNode();
		review.put("id", UUID.randomUUID().toString());
		review.put("callId", callId);
		review.put("status", "ASSIGNED");
		review.put("version", 0);
		ArrayNode criteria = review.putArray("criteria");
		CRITERIA.forEach((code) -> criteria.addObject().put("code", code).put("weight", 25));
		Map<String, Integer> load = new HashMap<>();
		ArrayNode reviewed = review.putArray("projects");
		for (ObjectNode project : awaiting) {
			ObjectNode entry = reviewed.addObject();
			entry.put("projectId", project.get("id").stringValue());
			entry.put("title", project.get("title").stringValue());
			ArrayNode reviewers = entry.putArray("reviewers");
			this.experts.values()
				.stream()
				.filter((expert) -> expert.get("available").booleanValue() && mayReview(expert, project)
						&& load.getOrDefault(expert.get("id").stringValue(), 0) < request.get("maxProjectsPerExpert").asInt())
				.sorted(Comparator.comparingInt((JsonNode expert) -> mismatch(expert, project)))
				.limit(request.get("reviewersPerProject").asInt())
				.forEach((expert) -> {
					load.merge(expert.get("id").stringValue(), 1, Integer::sum);
					reviewers.addObject().put("expertId", expert.get("id").stringValue()).putNull("sheetSubmittedAt");
				});
		}
		this.reviews.put(review.get("id").stringValue(), review);
		return new Answer(201, review);
	}

	private boolean mayReview(JsonNode expert, JsonNode project) {
		String id = expert.get("id").stringValue();
		JsonNode researcher = this.researchers.get(id);
		return !project.get("organisationId").stringValue().equals(researcher.path("organisationId").stringValue())
				&& !project.get("principalInvestigatorId").stringValue().equals(id)
				&& project.get("teamMemberIds").valueStream().noneMatch((member) -> member.stringValue().equals(id));
	}

	private static int mismatch(JsonNode expert, JsonNode project) {
		Set<String> covered = expert.get("reviewFields").valueStream().map(JsonNode::stringValue).collect(Collectors.toSet());
		return (int) project.get("fields").valueStream().filter((field) -> !covered.contains(field.stringValue())).count();
	}

	private Answer score(String caller, String reviewId, String projectId, JsonNode sheet) {
		ObjectNode review = this.reviews.get(reviewId);
		ObjectNode reviewer = (review == null) ? null : reviewerOf(review, projectId, caller);
		if (reviewer == null) {
			return new Answer(404, problem("Not Found", "no such assignment"));
		}
		if (review.get("status").stringValue().equals("DECIDED")) {
			return new Answer(409, problem("Conflict", "decided"));
		}
		if (!sheet.path("scores").isObject() || !CRITERIA.stream().allMatch((code) -> {
			int score = sheet.path("scores").path(code).asInt(-1);
			return score >= 0 && score <= 100;
		})) {
			return new Answer(422, problem("Unprocessable Content", "incomplete sheet"));
		}
		reviewer.put("sheetSubmittedAt", "2026-11-25T10:00:00Z");
		reviewer.set("sheet", sheet);
		boolean allIn = review.get("projects").valueStream()
			.flatMap((project) -> project.get("reviewers").valueStream())
			.allMatch((any) -> any.get("sheetSubmittedAt").isString());
		review.put("status", allIn ? "SCORED" : "ASSIGNED");
		review.put("version", review.get("version").asLong() + 1);
		ObjectNode assignment = this.json.createObjectNode();
		assignment.put("reviewId", reviewId);
		assignment.put("projectId", projectId);
		assignment.set("scoreSheet", sheet);
		return new Answer(200, assignment);
	}

	private static ObjectNode reviewerOf(JsonNode review, String projectId, String caller) {
		return review.get("projects")
			.valueStream()
			.filter((project) -> project.get("projectId").stringValue().equals(projectId))
			.flatMap((project) -> project.get("reviewers").valueStream())
			.filter((reviewer) -> caller.equals("expert " + reviewer.get("expertId").stringValue()))
			.map(ObjectNode.class::cast)
			.findFirst()
			.orElse(null);
	}

	private Answer decide(RecordedRequest request, ObjectNode review) {
		if (!("\"" + review.get("version").asLong() + "\"").equals(request.ifMatch())) {
			return new Answer(412, problem("Precondition Failed", "stale version"));
		}
		if (review.get("status").stringValue().equals("DECIDED")) {
			return new Answer(409, problem("Conflict", "decided"));
		}
		JsonNode decision = this.json.readTree(request.body());
		Map<String, JsonNode> approvals = new HashMap<>();
		decision.get("approvals").forEach((approval) -> approvals.put(approval.get("projectId").stringValue(), approval));
		for (JsonNode project : review.get("projects")) {
			boolean scored = project.get("reviewers").valueStream().allMatch((reviewer) -> reviewer.get("sheetSubmittedAt").isString());
			if (approvals.containsKey(project.get("projectId").stringValue()) && !scored) {
				return new Answer(422, problem("Unprocessable Content", "sheets-missing"));
			}
		}
		for (JsonNode entry : review.get("projects")) {
			ObjectNode project = this.projects.get(entry.get("projectId").stringValue());
			JsonNode approval = approvals.get(project.get("id").stringValue());
			if (approval != null) {
				project.put("status", "APPROVED");
				project.set("approval", approval(approval.get("approvedBudget"), decision.get("fiscalYear")));
				requestFunding(project, approval.get("approvedBudget"), decision.get("fiscalYear"));
			}
			else if (project.get("status").stringValue().equals("EXPERT_REVIEW")) {
				project.put("status", "REJECTED");
				project.put("statusReason", decision.get("rejectionReason").stringValue());
			}
			project.put("version", project.get("version").asLong() + 1);
		}
		review.put("status", "DECIDED");
		review.put("version", review.get("version").asLong() + 1);
		return new Answer(200, review);
	}

	/** An approval as the project view shows it. */
	private ObjectNode approval(JsonNode budget, JsonNode fiscalYear) {
		ObjectNode approval = this.json.createObjectNode();
		approval.set("budget", budget);
		approval.set("fiscalYear", fiscalYear);
		return approval;
	}

	private static boolean canSee(String caller, JsonNode project) {
		return caller.equals("applicant " + project.get("organisationId").stringValue())
				|| (caller.equals(SEEDER_TOKEN) && !project.get("status").stringValue().equals("DRAFT"));
	}

	private Answer create(String path, JsonNode body) {
		return switch (path) {
			case "/api/plan/organisations" -> createOrganisation((ObjectNode) body.deepCopy());
			case "/api/talent/researchers" -> createResearcher((ObjectNode) body.deepCopy());
			case "/api/talent/experts" -> createExpert((ObjectNode) body.deepCopy());
			case "/api/plan/plans" -> new Answer(201, addPlan(this.json.treeToValue(body, Map.class), "DRAFT"));
			case "/api/plan/calls" -> createCall((ObjectNode) body.deepCopy());
			default -> new Answer(404, problem("Not Found", path));
		};
	}

	private Answer createOrganisation(ObjectNode organisation) {
		String creditCode = organisation.get("creditCode").stringValue();
		if (this.organisations.containsKey(organisation.get("id").stringValue()) || this.organisations.values()
			.stream()
			.anyMatch((existing) -> existing.get("creditCode").stringValue().equals(creditCode))) {
			return new Answer(409, problem("Conflict", "duplicate"));
		}
		organisation.put("version", 0);
		this.organisations.put(organisation.get("id").stringValue(), organisation);
		return new Answer(201, organisation);
	}

	private Answer createResearcher(ObjectNode researcher) {
		String orcid = researcher.path("orcid").stringValue(null);
		if (this.researchers.containsKey(researcher.get("id").stringValue()) || (orcid != null && this.researchers
			.values()
			.stream()
			.anyMatch((existing) -> orcid.equals(existing.path("orcid").stringValue(null))))) {
			return new Answer(409, problem("Conflict", "id or ORCID iD taken"));
		}
		if (researcher.path("organisationId").isString()
				&& !this.organisations.containsKey(researcher.get("organisationId").stringValue())) {
			// The talent service does not check organisations; the fake does, so that order mistakes show.
			return new Answer(422, problem("Unprocessable Content", "unknown organisation"));
		}
		researcher.put("version", 0);
		this.researchers.put(researcher.get("id").stringValue(), researcher);
		return new Answer(201, researcher);
	}

	private Answer createExpert(ObjectNode request) {
		String id = request.get("researcherId").stringValue();
		if (!this.researchers.containsKey(id)) {
			return new Answer(404, problem("Not Found", "researcher " + id));
		}
		if (this.experts.containsKey(id)) {
			return new Answer(409, problem("Conflict", "already an expert"));
		}
		ObjectNode expert = request.deepCopy();
		expert.remove("researcherId");
		expert.put("id", id);
		expert.put("version", 0);
		this.experts.put(id, expert);
		return new Answer(201, expert);
	}

	private Answer createCall(ObjectNode call) {
		String programId = call.path("programId").stringValue();
		boolean published = this.plans.values()
			.stream()
			.filter((plan) -> plan.get("status").stringValue().equals("PUBLISHED"))
			.anyMatch((plan) -> plan.get("programs").valueStream()
				.anyMatch((program) -> program.get("id").stringValue().equals(programId)));
		if (!published) {
			return new Answer(422, problem("Unprocessable Content", "program " + programId + " is not published"));
		}
		call.put("id", UUID.randomUUID().toString());
		call.put("status", "SCHEDULED");
		call.put("version", 0);
		this.calls.put(call.get("id").stringValue(), call);
		return new Answer(201, call);
	}

	private Answer act(RecordedRequest request, Map<String, ObjectNode> items, String id, String action) {
		ObjectNode item = items.get(id);
		if (item == null) {
			return new Answer(404, problem("Not Found", id));
		}
		if (request.method().equals("GET") && action == null) {
			return new Answer(200, item);
		}
		String ifMatch = request.ifMatch();
		if (ifMatch != null && !ifMatch.equals("\"" + item.get("version").asLong() + "\"")) {
			return new Answer(412, problem("Precondition Failed", "stale version"));
		}
		String from = item.get("status").stringValue();
		String to = switch (from + " " + action) {
			case "DRAFT submission" -> "UNDER_REVIEW";
			case "UNDER_REVIEW publication" -> "PUBLISHED";
			case "SCHEDULED opening" -> "OPEN";
			case "OPEN closing" -> "CLOSED";
			default -> null;
		};
		if (to == null) {
			return new Answer(409, problem("Conflict", action + " is not allowed in " + from));
		}
		item.put("status", to);
		item.put("version", item.get("version").asLong() + 1);
		return new Answer(200, item);
	}

	private static boolean matchesTitleAndJurisdiction(JsonNode item, Map<String, String> query) {
		String text = query.get("q");
		String jurisdiction = query.get("jurisdiction");
		return (text == null || item.get("title").stringValue().contains(text))
				&& (jurisdiction == null || jurisdiction.equals(item.path("jurisdiction").stringValue()));
	}

	private ObjectNode page(Map<String, ObjectNode> items, Predicate<JsonNode> filter) {
		ArrayNode matching = this.json.createArrayNode();
		items.values().stream().filter(filter).forEach(matching::add);
		ObjectNode page = this.json.createObjectNode();
		page.set("items", matching);
		page.putNull("nextCursor");
		return page;
	}

	static ObjectNode problem(String title, String detail) {
		ObjectNode problem = JSON.createObjectNode();
		problem.put("title", title);
		problem.put("detail", detail);
		return problem;
	}

	private void send(HttpExchange exchange, Answer answer) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(answer.body());
		exchange.getResponseHeaders().add("Content-Type",
				(answer.status() >= 400) ? "application/problem+json" : "application/json");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> query(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return Map.of();
		}
		return Arrays.stream(rawQuery.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					(pair) -> (pair.length > 1) ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
	}

	static List<String> titles(List<JsonNode> items) {
		List<String> titles = new ArrayList<>();
		items.forEach((item) -> titles.add(item.get("title").stringValue()));
		return titles;
	}

	/** A project action: the states it is taken from, the role that takes it, the state it leads to if any. */
	private record Transition(Set<String> from, String role, String to) {
	}

	record RecordedRequest(String method, String path, Map<String, String> query, String idempotencyKey,
			String ifMatch, String authorization, String body) {
	}

	/** An answer as the fake sends it, and as it replays it for a repeated idempotency key. */
	record Answer(int status, JsonNode body) {
	}

}
