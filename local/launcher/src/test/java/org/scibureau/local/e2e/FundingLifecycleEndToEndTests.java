package org.scibureau.local.e2e;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.local.seed.DemoApplications;
import org.scibureau.local.seed.DemoData;
import org.scibureau.local.seed.DemoDirectory;
import org.scibureau.local.seed.FundSeed;
import org.scibureau.local.token.TokenClaims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.scibureau.local.e2e.GatewayCalls.act;
import static org.scibureau.local.e2e.GatewayCalls.get;
import static org.scibureau.local.e2e.GatewayCalls.publishPlan;
import static org.scibureau.local.e2e.GatewayCalls.scheduleCallOpeningNow;
import static org.scibureau.local.e2e.GatewayCalls.send;
import static org.scibureau.local.e2e.GatewayCalls.text;

/**
 * The approval saga across plan-service and funding-service, through the gateway: an approved project's budget
 * committed against the fund of its program, the contract, each tranche released by what releases it and paid by a
 * finance officer, acceptance, the last tranche, closure; and an approval the fund cannot hold, rejected, then funded
 * once the fund grows and a plan officer re-submits it.
 */
class FundingLifecycleEndToEndTests {

	private static final Duration SAGA = Duration.ofSeconds(60);

	private static Platform platform;

	private static DemoDirectory directory;

	private final WebTestClient officer = platform.client(TokenClaims.roles("plan-officer")
		.withSubject("e2e-plan-officer"));

	private final WebTestClient cashier = platform.client(TokenClaims.roles("finance-officer")
		.withSubject("e2e-cashier"));

	private final int year = LocalDate.now(Clock.system(DemoData.BUREAU_TIME_ZONE)).getYear();

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		directory = platform.demoDirectory();
	}

	@Test
	void anApprovedProjectIsFundedPaidInTranchesAcceptedAndClosed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String programId = publishPlan(this.officer, run, this.year);
		JsonNode fund = fund(programId, "2000000.00");
		WebTestClient applicant = applicant();
		String path = approvedProject(applicant, programId, run, "1000000.00");

		JsonNode funded = awaitFunding(path, "COMMITTED");
		String allocationId = text(funded.path("funding"), "allocationId");
		JsonNode contracted = send(this.officer, "POST", path + "/contract",
				Map.of("contractNumber", "CD-E2E-" + run, "signedOn", today().toString()), funded, HttpStatus.OK);
		assertThat(text(contracted, "status")).isEqualTo("CONTRACTED");
		pay(allocationId, 1);
		JsonNode started = act(applicant, path, "start", contracted);
		JsonNode afterMilestones = started;
		for (JsonNode milestone : started.path("milestones")) {
			String milestonePath = path + "/milestones/" + text(milestone, "id");
			send(applicant, "POST", milestonePath + "/report", Map.of("report", "Done: " + text(milestone, "title")),
					null, HttpStatus.OK);
			afterMilestones = send(this.officer, "POST", milestonePath + "/acceptance", null, null, HttpStatus.OK);
		}
		pay(allocationId, 2);
		JsonNode requested = act(applicant, path, "acceptance-request", afterMilestones);
		JsonNode accepted = act(this.officer, path, "acceptance", requested);
		assertThat(text(accepted, "status")).isEqualTo("ACCEPTED");
		pay(allocationId, 3);
		JsonNode closed = act(this.officer, path, "closure", accepted);
		assertThat(text(closed, "status")).isEqualTo("CLOSED");

		await("the allocation to close").atMost(SAGA).untilAsserted(() -> assertThat(
				text(get(this.cashier, "/api/funding/allocations/" + allocationId), "status")).isEqualTo("CLOSED"));
		JsonNode after = get(this.cashier, "/api/funding/funds/" + text(fund, "id"));
		assertThat(after.path("committed").decimalValue()).isZero();
		assertThat(after.path("disbursed").decimalValue()).isEqualByComparingTo("1000000.00");
		assertThat(after.path("executionRate").decimalValue()).isEqualByComparingTo("0.5");
	}

	@Test
	void anApprovalTheFundCannotHoldIsRejectedThenFundedOnceTheFundGrows() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String programId = publishPlan(this.officer, run, this.year);
		JsonNode fund = fund(programId, "100000.00");
		WebTestClient applicant = applicant();
		String path = approvedProject(applicant, programId, run, "500000.00");

		JsonNode rejected = awaitFunding(path, "REJECTED");
		assertThat(text(get(applicant, path).path("funding"), "rejectionReason")).isEqualTo("INSUFFICIENT_FUNDS");
		send(this.officer, "POST", path + "/contract", Map.of("contractNumber", "CD-E2E-" + run, "signedOn",
				today().toString()), rejected, HttpStatus.CONFLICT);

		send(this.cashier, "POST", "/api/funding/funds/" + text(fund, "id") + "/appropriation",
				Map.of("appropriation", new BigDecimal("600000.00"), "reason", "Budget adjustment " + run), fund,
				HttpStatus.OK);
		act(this.officer, path, "funding-request", rejected);

		JsonNode funded = awaitFunding(path, "COMMITTED");
		assertThat(funded.path("funding").path("attempt").asInt()).isEqualTo(2);
		assertThat(get(this.cashier, "/api/funding/funds/" + text(fund, "id")).path("committed").decimalValue())
			.isEqualByComparingTo("500000.00");
	}

	@Test
	void theDemoFundsArePartlyCommittedAndPaidAndWuhousIsExhausted() {
		List<FundSeed> seeds = DemoData.funds(Clock.systemUTC());
		Map<String, JsonNode> funds = get(this.cashier, "/api/funding/funds?fiscalYear=" + this.year + "&limit=100")
			.path("items")
			.valueStream()
			.collect(Collectors.toMap((fund) -> text(fund, "name"), Function.identity()));

		assertThat(funds).containsKeys(seeds.stream().map(FundSeed::name).toArray(String[]::new));
		JsonNode digitalEconomy = funds.get(seed(seeds, "municipal-digital-economy").name());
		assertThat(digitalEconomy.path("committed").decimalValue()).isEqualByComparingTo("5760000.00");
		assertThat(digitalEconomy.path("disbursed").decimalValue()).isEqualByComparingTo("7360000.00");
		assertThat(digitalEconomy.path("returned").decimalValue()).isEqualByComparingTo("1080000.00");
		JsonNode wuhou = funds.get(seed(seeds, "wuhou-biomedicine").name());
		assertThat(wuhou.path("committed").decimalValue()).isEqualByComparingTo(wuhou.path("appropriation").decimalValue());
		assertThat(wuhou.path("available").decimalValue()).isZero();
		JsonNode rejected = get(this.cashier, "/api/funding/allocations?fundId=" + text(wuhou, "id") + "&status=REJECTED");
		assertThat(rejected.path("items").valueStream().map((allocation) -> text(allocation, "rejectionReason")))
			.containsExactly("INSUFFICIENT_FUNDS");
	}

	@Test
	void theDemosMidtermCheckedProjectReportedATravelOverspend() {
		String title = DemoApplications.projects(Clock.systemUTC())
			.stream()
			.filter((project) -> project.key().equals("wch-telemedicine"))
			.findFirst()
			.orElseThrow()
			.title();
		JsonNode allocation = get(this.cashier, "/api/funding/allocations?fiscalYear=" + this.year + "&limit=100")
			.path("items")
			.valueStream()
			.filter((candidate) -> title.equals(text(candidate, "projectTitle")))
			.findFirst()
			.orElseThrow();

		JsonNode reports = get(this.cashier, "/api/funding/allocations/" + text(allocation, "id") + "/expenditure-reports");

		assertThat(reports.valueStream()).singleElement().satisfies((report) -> {
			assertThat(report.path("alerts").asInt()).isEqualTo(1);
			assertThat(report.path("lines").valueStream().filter((line) -> line.path("alert").asBoolean())
				.map((line) -> text(line, "category"))).containsExactly("TRAVEL");
		});
	}

	private static FundSeed seed(List<FundSeed> seeds, String key) {
		return seeds.stream().filter((seed) -> seed.key().equals(key)).findFirst().orElseThrow();
	}

	/** A fund of this year paying for the program, once funding-service has learned the program. */
	private JsonNode fund(String programId, String appropriation) {
		Map<String, Object> body = Map.of("name", "E2E fund " + programId, "fiscalYear", this.year, "source",
				"MUNICIPAL_BUDGET", "jurisdiction", "510100", "appropriation", new BigDecimal(appropriation),
				"programIds", List.of(programId));
		AtomicReference<JsonNode> fund = new AtomicReference<>();
		await("funding-service to learn the program").atMost(SAGA).pollInterval(Duration.ofSeconds(1)).until(() -> {
			WebTestClient.ResponseSpec response = this.cashier.post()
				.uri("/api/funding/funds")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange();
			JsonNode answer = JsonMapper.shared()
				.readTree(response.expectBody(String.class).returnResult().getResponseBody());
			fund.set(answer);
			return answer.has("id");
		});
		return fund.get();
	}

	/** An application of the demo hospital, submitted, checked and approved for this year. */
	private String approvedProject(WebTestClient applicant, String programId, String run, String budget) {
		String callId = scheduleCallOpeningNow(this.officer, programId, run);
		await("the call schedule to open the call").atMost(SAGA)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> "OPEN".equals(text(get(this.officer, "/api/plan/calls/" + callId), "status")));
		JsonNode draft = send(applicant, "POST", "/api/plan/projects", application(callId, run, budget), null,
				HttpStatus.CREATED);
		String path = "/api/plan/projects/" + text(draft, "id");
		JsonNode reviewing = act(this.officer, path, "formal-check-pass",
				act(this.officer, path, "formal-check", act(applicant, path, "submission", draft)));
		JsonNode approved = send(this.officer, "POST", path + "/approval",
				Map.of("approvedBudget", new BigDecimal(budget), "fiscalYear", this.year), reviewing, HttpStatus.OK);
		assertThat(text(approved, "status")).isEqualTo("APPROVED");
		return path;
	}

	private JsonNode awaitFunding(String path, String outcome) {
		AtomicReference<JsonNode> project = new AtomicReference<>();
		await("funding-service's answer").atMost(SAGA).pollInterval(Duration.ofMillis(500)).until(() -> {
			project.set(get(this.officer, path));
			return outcome.equals(text(project.get().path("funding"), "outcome"));
		});
		return project.get();
	}

	/** Pays a tranche once plan-service's event has released it. */
	private void pay(String allocationId, int sequence) {
		String tranche = "/api/funding/allocations/" + allocationId + "/tranches/" + sequence;
		await("tranche " + sequence + " to be released").atMost(SAGA).pollInterval(Duration.ofMillis(500))
			.until(() -> "RELEASED".equals(text(get(this.cashier, "/api/funding/allocations/" + allocationId)
				.path("tranches").get(sequence - 1), "status")));
		JsonNode paid = send(this.cashier, "POST", tranche + "/disbursement",
				Map.of("paymentReference", "PAY-" + sequence), null, HttpStatus.OK);
		assertThat(text(paid.path("tranches").get(sequence - 1), "status")).isEqualTo("DISBURSED");
	}

	private WebTestClient applicant() {
		DemoDirectory.Organisation hospital = directory.organisation("west-china-hospital");
		return platform.client(TokenClaims.roles("applicant")
			.withJurisdiction(hospital.jurisdiction())
			.withOrg(hospital.id().toString())
			.withSubject("e2e-applicant"));
	}

	/** A year's project from today with two milestones: short enough to need no mid-term check. */
	private Map<String, Object> application(String callId, String run, String budget) {
		LocalDate start = today();
		BigDecimal total = new BigDecimal(budget);
		BigDecimal indirect = total.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.DOWN);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("callId", callId);
		body.put("title", "Funding end-to-end project " + run);
		body.put("summary", "A project that runs from its approval to its closure through the gateway.");
		body.put("fields", List.of("生物医药"));
		body.put("principalInvestigatorId", directory.talent("zhou-min").id().toString());
		body.put("teamMemberIds", List.of());
		body.put("durationMonths", 12);
		body.put("startDate", start.toString());
		body.put("budget", Map.of("lines", List.of(
				Map.of("category", "MATERIALS", "description", "materials", "amount", total.subtract(indirect)),
				Map.of("category", "INDIRECT", "description", "indirect", "amount", indirect))));
		body.put("milestones", List.of(
				Map.of("title", "Prototype", "dueDate", start.plusMonths(6).toString(), "deliverable", "A prototype."),
				Map.of("title", "Validation", "dueDate", start.plusMonths(12).minusDays(1).toString(),
						"deliverable", "A validation report.")));
		return body;
	}

	private static LocalDate today() {
		return LocalDate.now(Clock.system(DemoData.BUREAU_TIME_ZONE));
	}

}
