package org.scibureau.bench.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;

import org.scibureau.bench.load.JsonApi;
import org.scibureau.platform.test.token.TestTokens;

/**
 * What the saga scenario prepares through the services' APIs, as the demo seeder does it: an organisation, a
 * published plan with one program, a fund of this fiscal year that pays for it, an open call, and projects of the
 * organisation taken up to the step before approval (drafted, submitted, formally checked, awaiting expert review),
 * each led by a principal investigator of its own so that no two take turns on the investigator's lock.
 */
final class SagaSetup {

	/** The bureau's time zone, in which fiscal years and dates are counted. */
	static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

	/** The city, whose plan, fund and officers these are. */
	private static final String CITY = "510100";

	/** Wuhou district, where the applicant organisation is registered. */
	private static final String DISTRICT = "510107";

	/** A valid unified social credit code of a hospital in Wuhou (the demo directory's West China Hospital's). */
	private static final String CREDIT_CODE = "12510107MB95125394";

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(2);

	private static final Duration FUND_WAIT = Duration.ofSeconds(60);

	private static final int PREPARERS = 16;

	private final JsonApi plan;

	private final JsonApi funding;

	private final String officer;

	private final String finance;

	private final String applicant;

	private final int fiscalYear = LocalDate.now(Clock.system(BUREAU_ZONE)).getYear();

	private final UUID organisationId = UUID.randomUUID();

	private String callId = "";

	private String fundId = "";

	/**
	 * @param plan plan-service's API
	 * @param funding funding-service's API
	 * @param tokens the issuer the services trust
	 */
	SagaSetup(JsonApi plan, JsonApi funding, TestTokens tokens) {
		this.plan = plan;
		this.funding = funding;
		this.officer = tokens.token()
			.subject("bench-plan-officer")
			.roles("plan-officer")
			.jurisdiction(CITY)
			.expiresIn(TOKEN_LIFETIME)
			.build();
		this.finance = tokens.token()
			.subject("bench-finance-officer")
			.roles("finance-officer")
			.jurisdiction(CITY)
			.expiresIn(TOKEN_LIFETIME)
			.build();
		this.applicant = tokens.token()
			.subject("bench-applicant")
			.roles("applicant")
			.org(this.organisationId.toString())
			.jurisdiction(DISTRICT)
			.expiresIn(TOKEN_LIFETIME)
			.build();
	}

	/**
	 * Registers the organisation, publishes the plan, sets up the fund once funding-service has learned the program
	 * from the plan's publication, and opens the call.
	 * @param appropriation the fund's money
	 * @throws IOException if a step is refused
	 */
	void prepare(BigDecimal appropriation) throws IOException {
		this.plan.post(this.officer, "/api/plan/organisations", Map.of("id", this.organisationId.toString(),
				"creditCode", CREDIT_CODE, "name", "Bench hospital", "type", "HOSPITAL", "jurisdiction", DISTRICT),
				201);
		String programId = publishPlan();
		this.fundId = fund(programId, appropriation);
		// Due to open tomorrow, so that plan-service's call schedule does not open it while the officer does.
		Instant now = Instant.now();
		JsonNode call = this.plan.post(this.officer, "/api/plan/calls",
				Map.of("programId", programId, "title", "Bench saga call", "description",
						"Applications the saga benchmark approves.", "opensAt",
						now.plus(Duration.ofDays(1)).toString(), "closesAt", now.plus(Duration.ofDays(30)).toString()),
				201);
		this.callId = call.path("id").asString();
		this.plan.post(this.officer, "/api/plan/calls/" + this.callId + "/opening", null, 200);
	}

	/**
	 * Takes projects up to the step before approval, several at a time.
	 * @param count how many
	 * @param requested what each requests, CNY with two decimals
	 * @return their ids, in no particular order
	 * @throws IOException if a step is refused
	 */
	List<UUID> projects(int count, BigDecimal requested) throws IOException {
		List<UUID> ids = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<List<UUID>>> preparers = new ArrayList<>();
			for (int i = 0; i < PREPARERS; i++) {
				int share = count / PREPARERS + ((i < count % PREPARERS) ? 1 : 0);
				preparers.add(threads.submit(() -> {
					List<UUID> prepared = new ArrayList<>();
					for (int j = 0; j < share; j++) {
						prepared.add(project(requested));
					}
					return prepared;
				}));
			}
			for (Future<List<UUID>> preparer : preparers) {
				ids.addAll(preparer.get());
			}
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while preparing projects", ex);
		}
		return ids;
	}

	/** The plan officer's token, who approves. */
	String officer() {
		return this.officer;
	}

	/** The fiscal year of the fund and the approvals: this year in the bureau's time zone. */
	int fiscalYear() {
		return this.fiscalYear;
	}

	/** The fund that pays for the program. */
	UUID fundId() {
		return UUID.fromString(this.fundId);
	}

	private String publishPlan() throws IOException {
		Map<String, Object> program = new LinkedHashMap<>();
		program.put("name", "Bench saga program");
		program.put("priorityArea", "生物医药");
		program.put("managingDepartment", "成都市科学技术局社会发展科技处");
		// No ceiling the benchmark could reach: the program's annual ceiling is not what it measures.
		program.put("annualBudgetCeiling", new BigDecimal("9000000000000.00"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "ANNUAL");
		body.put("title", "Bench saga plan");
		body.put("periodStart", this.fiscalYear);
		body.put("periodEnd", this.fiscalYear);
		body.put("jurisdiction", CITY);
		body.put("priorityAreas", List.of("生物医药"));
		body.put("programs", List.of(program));
		JsonNode plan = this.plan.post(this.officer, "/api/plan/plans", body, 201);
		String path = "/api/plan/plans/" + plan.path("id").asString();
		this.plan.post(this.officer, path + "/submission", null, 200);
		JsonNode published = this.plan.post(this.officer, path + "/publication", null, 200);
		return published.path("programs").get(0).path("id").asString();
	}

	/** Sets up the fund, asking again while funding-service has not yet learned the program (a 422). */
	private String fund(String programId, BigDecimal appropriation) throws IOException {
		Map<String, Object> body = Map.of("name", "Bench saga fund", "fiscalYear", this.fiscalYear, "source",
				"MUNICIPAL_BUDGET", "jurisdiction", CITY, "appropriation", appropriation, "programIds",
				List.of(programId));
		long deadline = System.nanoTime() + FUND_WAIT.toNanos();
		while (true) {
			try {
				return this.funding.post(this.finance, "/api/funding/funds", body, 201).path("id").asString();
			}
			catch (IOException ex) {
				if (!ex.getMessage().contains("answered 422") || System.nanoTime() > deadline) {
					throw ex;
				}
				LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
			}
		}
	}

	/** One project, drafted, submitted and formally checked: it awaits its approval. */
	private UUID project(BigDecimal requested) throws IOException {
		LocalDate start = LocalDate.now(Clock.system(BUREAU_ZONE));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("callId", this.callId);
		body.put("title", "Bench saga project");
		body.put("summary", "A project the saga benchmark approves.");
		body.put("fields", List.of("生物医药"));
		body.put("principalInvestigatorId", UUID.randomUUID().toString());
		body.put("durationMonths", 12);
		body.put("startDate", start.toString());
		body.put("budget", Map.of("lines",
				List.of(Map.of("category", "MATERIALS", "description", "materials", "amount", requested))));
		body.put("milestones", List.of(Map.of("title", "Results", "dueDate",
				start.plusMonths(12).minusDays(1).toString(), "deliverable", "A report.")));
		String id = this.plan.post(this.applicant, "/api/plan/projects", body, 201).path("id").asString();
		String path = "/api/plan/projects/" + id;
		this.plan.post(this.applicant, path + "/submission", null, 200);
		this.plan.post(this.officer, path + "/formal-check", null, 200);
		this.plan.post(this.officer, path + "/formal-check-pass", null, 200);
		return UUID.fromString(id);
	}

}
