package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.local.seed.FakeGatewayApi.RecordedRequest;
import org.scibureau.local.seed.SeedReport.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class DemoSeederTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

	private static final DemoDirectory DIRECTORY = DemoDirectoryTests.theAuthServersDirectory();

	private static final Map<Kind, Integer> EVERYTHING = everything();

	private final List<Duration> pauses = new CopyOnWriteArrayList<>();

	private FakeGatewayApi api;

	@BeforeEach
	void startApi() throws Exception {
		this.api = new FakeGatewayApi();
	}

	@AfterEach
	void stopApi() {
		this.api.close();
	}

	@Test
	void seedsTheRegistryAndTheTalentPoolAndEveryPlanUntilPublishedAndEveryCallUntilItsTargetState() {
		SeedReport report = seeder().seed();

		assertThat(report.created()).containsExactlyEntriesOf(EVERYTHING);
		assertThat(report.found()).isEmpty();
		assertThat(report.actions())
			.as("14 for plans and calls, 4 programs of funds, 64 steps to decisions, 61 steps and payments after "
					+ "approvals, an expenditure report, 4 sheets and a decision")
			.isEqualTo(149);
		assertThat(report.summary()).isEqualTo("6 organisations, 10 researchers, 8 experts, 3 plans, 4 funds, 7 calls, "
				+ "20 projects and 2 reviews created, 149 state changes");
		assertThat(this.api.plans()).extracting((plan) -> plan.get("status").stringValue())
			.containsOnly("PUBLISHED");
		assertThat(FakeGatewayApi.titles(this.api.plans())).containsExactly("成都市“十五五”科技创新规划", "成都市2026年度科技计划",
				"武侯区2026年度科技创新计划");
		assertThat(this.api.calls()).extracting((call) -> call.get("title").stringValue() + " " + call.get("status").stringValue())
			.containsExactlyInAnyOrder("2026年度成都市重点研发计划生物医药领域项目申报指南 OPEN",
					"2026年度成都市重点研发计划人工智能领域项目申报指南 OPEN", "武侯区2026年度生物医药产业创新项目申报通知 OPEN",
					"2026年度成都市技术创新研发项目申报指南（第一批） CLOSED", "2026年度成都市重点研发计划新能源领域项目申报指南 CLOSED",
					"2027年度成都市重点研发计划先进制造领域项目申报指南 SCHEDULED", "成都市数字经济场景创新项目申报指南（常年受理） OPEN");
	}

	@Test
	void registersEveryOrganisationOfTheDirectoryUnderItsIdCreditCodeAndChineseName() {
		seeder().seed();

		assertThat(this.api.organisations()).extracting((organisation) -> organisation.get("id").stringValue())
			.containsExactlyElementsOf(
					DIRECTORY.organisations().stream().map((organisation) -> organisation.id().toString()).toList());
		assertThat(this.api.organisations()).extracting((organisation) -> organisation.get("creditCode").stringValue())
			.containsExactlyElementsOf(
					DIRECTORY.organisations().stream().map(DemoDirectory.Organisation::creditCode).toList());
		assertThat(this.api.organisations())
			.extracting((organisation) -> String.join(" ", organisation.get("name").stringValue(),
					organisation.get("type").stringValue(), organisation.get("jurisdiction").stringValue()))
			.contains("四川大学 UNIVERSITY 510107", "四川大学华西医院 HOSPITAL 510107",
					"中国科学院光电技术研究所 RESEARCH_INSTITUTE 510116", "成都天府智算科技有限公司（演示） ENTERPRISE 510100");
	}

	@Test
	void registersEveryTalentAsAResearcherOfItsOrganisationOwnedByItsDistrict() {
		seeder().seed();

		assertThat(this.api.researchers()).extracting((researcher) -> researcher.get("id").stringValue())
			.containsExactlyElementsOf(DIRECTORY.talents().stream().map((talent) -> talent.id().toString()).toList());
		JsonNode zhangWei = researcher("zhang-wei");
		assertThat(zhangWei.get("name").stringValue()).isEqualTo("张伟");
		assertThat(zhangWei.get("organisationId").stringValue())
			.isEqualTo(DIRECTORY.organisation("west-china-hospital").id().toString());
		assertThat(zhangWei.get("jurisdiction").stringValue()).isEqualTo("510107");
		assertThat(zhangWei.get("orcid").stringValue()).isEqualTo("0009-0004-6099-2475");
		assertThat(zhangWei.get("nationality").stringValue()).isEqualTo("CN");
		assertThat(researcher("zhou-min").has("orcid")).isFalse();
		assertThat(researcher("zhao-lei").get("jurisdiction").stringValue()).isEqualTo("510100");
	}

	@Test
	void registersTheExpertsUnderTheirResearchersIdsWithTheirConflictsAndAvailability() {
		seeder().seed();

		assertThat(this.api.experts()).hasSize(8).extracting((expert) -> expert.get("id").stringValue())
			.contains(DIRECTORY.talent("expert1").id().toString(), DIRECTORY.talent("expert2").id().toString());
		assertThat(expert("expert1").get("conflictOrganisationIds").valueStream().map(JsonNode::stringValue))
			.containsExactly(DIRECTORY.organisation("rongxin-biotech").id().toString());
		assertThat(expert("liu-yang").get("conflictResearcherIds").valueStream().map(JsonNode::stringValue))
			.containsExactly(DIRECTORY.talent("zhao-lei").id().toString());
		assertThat(expert("yang-xue").get("available").booleanValue()).isFalse();
		assertThat(expert("yang-xue").get("unavailableUntil").stringValue()).isEqualTo("2026-12-25");
		assertThat(this.api.experts()).filteredOn((expert) -> expert.get("available").booleanValue())
			.hasSize(7)
			.allSatisfy((expert) -> assertThat(expert.has("unavailableUntil")).isFalse());
	}

	@Test
	void registersOrganisationsBeforeResearchersAndResearchersBeforeExperts() {
		seeder().seed();

		assertThat(firstIndexOf("/api/plan/organisations")).isZero();
		assertThat(lastIndexOf("/api/plan/organisations")).isLessThan(firstIndexOf("/api/talent/researchers"));
		assertThat(lastIndexOf("/api/talent/researchers")).isLessThan(firstIndexOf("/api/talent/experts"));
	}

	@Test
	void theDistrictPlanBelongsToWuhouAndTheOthersToTheCity() {
		seeder().seed();

		assertThat(this.api.plans()).extracting((plan) -> plan.get("jurisdiction").stringValue())
			.containsExactly("510100", "510100", "510107");
	}

	@Test
	void aCallIsCreatedUnderTheNamedProgramOfItsPlan() {
		seeder().seed();

		JsonNode annualPlan = this.api.plans().get(1);
		String biomedicine = annualPlan.get("programs").valueStream()
			.filter((program) -> program.get("name").stringValue().equals("重点研发计划—生物医药"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.stringValue();
		assertThat(this.api.calls()).filteredOn((call) -> call.get("title").stringValue().contains("生物医药领域"))
			.singleElement()
			.satisfies((call) -> assertThat(call.get("programId").stringValue()).isEqualTo(biomedicine));
	}

	@Test
	void aSecondRunAddsAndChangesNothing() {
		seeder().seed();
		this.api.clearRequests();

		SeedReport report = seeder().seed();

		assertThat(report.created()).isEmpty();
		assertThat(report.found()).containsExactlyEntriesOf(EVERYTHING);
		assertThat(report.summary()).isEqualTo("nothing added: 6 organisations, 10 researchers, 8 experts, 3 plans, "
				+ "4 funds, 7 calls, 20 projects and 2 reviews already there");
		assertThat(this.api.requests()).extracting(RecordedRequest::method).containsOnly("GET");
		assertThat(this.api.organisations()).hasSize(6);
		assertThat(this.api.researchers()).hasSize(10);
		assertThat(this.api.experts()).hasSize(8);
		assertThat(this.api.plans()).hasSize(3);
		assertThat(this.api.funds()).hasSize(4);
		assertThat(this.api.calls()).hasSize(7);
		assertThat(this.api.projects()).hasSize(20);
		assertThat(this.api.reviews()).hasSize(2);
		assertThat(this.api.allocations()).hasSize(11);
	}

	@Test
	void takesEveryApplicationToItsTargetStateAndTheReviewsDecideTheOnesTheyReview() {
		seeder().seed();

		assertThat(this.api.projects()).extracting((project) -> project.get("status").stringValue())
			.as("every state of a project")
			.containsOnly("DRAFT", "SUBMITTED", "FORMAL_CHECK", "RETURNED", "WITHDRAWN", "EXPERT_REVIEW", "APPROVED",
					"REJECTED", "CONTRACTED", "IN_PROGRESS", "MIDTERM_CHECKED", "ACCEPTANCE_REQUESTED", "ACCEPTED",
					"FAILED_ACCEPTANCE", "CLOSED", "SUSPENDED", "TERMINATED");
		for (ProjectSeed seed : DemoApplications.projects(CLOCK)) {
			String expected = switch (seed.key()) {
				case "tianfu-industrial-model" -> "APPROVED";
				case "optics-wavefront" -> "REJECTED";
				default -> seed.target().name();
			};
			assertThat(this.api.project(seed.title()).get("status").stringValue()).as(seed.key()).isEqualTo(expected);
		}
	}

	@Test
	void draftsEachApplicationAsItsOrganisationWithItsResearchersAndPlanAgainstTheRightCall() {
		seeder().seed();

		JsonNode carT = this.api.project(application("wch-car-t").title());
		assertThat(carT.get("organisationId").stringValue())
			.isEqualTo(DIRECTORY.organisation("west-china-hospital").id().toString());
		assertThat(carT.get("principalInvestigatorId").stringValue())
			.isEqualTo(DIRECTORY.talent("zhang-wei").id().toString());
		assertThat(carT.get("teamMemberIds").valueStream().map(JsonNode::stringValue))
			.containsExactly(DIRECTORY.talent("zhou-min").id().toString());
		assertThat(carT.get("callId").stringValue()).isEqualTo(callId("2026年度成都市重点研发计划生物医药领域项目申报指南"));
		assertThat(carT.get("startDate").stringValue()).isEqualTo("2027-03-01");
		assertThat(carT.get("milestones").valueStream().map((milestone) -> milestone.get("dueDate").stringValue()))
			.containsExactly("2028-02-29", "2029-06-30", "2030-02-28");
		assertThat(carT.get("budget").get("lines").valueStream()
			.map((line) -> line.get("amount").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("2400000.00");
	}

	@Test
	void returnsAndWithdrawsWithTheirReasonsAndApprovesWithinTheApprovedBudget() {
		seeder().seed();

		assertThat(this.api.project(application("wch-organoids").title()).get("statusReason").stringValue())
			.startsWith("The ethics committee's approval");
		assertThat(this.api.project(application("scu-microspheres").title()).get("statusReason").stringValue())
			.startsWith("The team will apply next year");
		JsonNode approval = this.api.project(application("rongxin-kras-inhibitor").title()).get("approval");
		assertThat(approval.get("budget").decimalValue()).isEqualByComparingTo("900000.00");
		assertThat(approval.get("fiscalYear").asInt()).isEqualTo(2026);
	}

	@Test
	void applicantsActAsTheirOrganisationAndTheBureauAsTheSeeder() {
		seeder().seed();

		String uestc = "Bearer applicant " + DIRECTORY.organisation("uestc").id();
		assertThat(this.api.requests("POST", "/api/plan/projects")
			.stream()
			.filter((request) -> request.path().equals("/api/plan/projects")
					&& request.body().contains(DIRECTORY.talent("liu-yang").id().toString()))
			.map(RecordedRequest::authorization)).containsExactly(uestc, uestc);
		List<RecordedRequest> steps = this.api.requests("POST", "/api/plan/projects/");
		String applicantSteps = ".*/(submission|withdrawal|start|report|acceptance-request)";
		assertThat(steps).filteredOn((request) -> request.path().matches(applicantSteps))
			.as("19 submissions, a withdrawal, 8 starts, 9 milestone reports and 4 acceptance requests")
			.hasSize(41)
			.allSatisfy((request) -> assertThat(request.authorization()).startsWith("Bearer applicant "));
		assertThat(steps).filteredOn((request) -> !request.path().matches(applicantSteps))
			.extracting(RecordedRequest::authorization)
			.as("44 steps to decisions, 25 after approvals")
			.hasSize(69)
			.containsOnly("Bearer seeder-token");
		assertThat(this.api.requests("POST", "/api/plan/reviews")).extracting(RecordedRequest::authorization)
			.containsOnly("Bearer seeder-token");
	}

	@Test
	void takesTheProjectsUnderWayOnWithTheTranchesTheirStatesHavePaid() {
		seeder().seed();

		assertThat(tranches("uestc-metro-twin")).containsExactly("RELEASED", "PLANNED", "PLANNED");
		assertThat(tranches("tianfu-data-space")).containsExactly("DISBURSED", "PLANNED", "PLANNED");
		assertThat(tranches("wch-telemedicine")).containsExactly("DISBURSED", "DISBURSED", "PLANNED");
		assertThat(tranches("scu-battery-passport")).containsExactly("DISBURSED", "DISBURSED", "PLANNED");
		assertThat(tranches("optics-inspection")).containsExactly("DISBURSED", "DISBURSED", "RELEASED");
		assertThat(tranches("uestc-street-lights")).containsExactly("DISBURSED", "DISBURSED", "PLANNED");
		assertThat(tranches("rongxin-batch-records")).containsExactly("DISBURSED", "DISBURSED", "DISBURSED");
		assertThat(tranches("wch-cytology-cloud")).containsExactly("DISBURSED", "FROZEN", "FROZEN");
		assertThat(tranches("tianfu-drone-logistics")).containsExactly("DISBURSED", "RETURNED", "RETURNED");
		JsonNode checked = this.api.project(application("wch-telemedicine").title());
		assertThat(checked.get("midtermCheck").get("result").stringValue()).isEqualTo("PASSED");
		assertThat(checked.get("milestoneReports").valueStream().filter((report) -> report.get("acceptedAt").isString()))
			.hasSize(1);
		assertThat(this.api.project(application("uestc-street-lights").title()).get("statusReason").stringValue())
			.startsWith("The pilot covers 120 poles");
		assertThat(this.api.project(application("tianfu-drone-logistics").title()).get("contract").get("signedOn")
			.stringValue()).isEqualTo("2026-11-25");
	}

	@Test
	void theMidtermCheckedProjectReportsItsExpenditureUpToTheEndOfLastMonthAsItsApplicant() {
		seeder().seed();

		assertThat(this.api.expenditureReports()).singleElement().satisfies((report) -> {
			assertThat(report.get("periodEnd").stringValue()).isEqualTo("2026-10-31");
			assertThat(report.get("lines").valueStream().map((line) -> line.get("category").stringValue()))
				.contains("TRAVEL", "EQUIPMENT");
		});
		assertThat(this.api.requests("POST", "/api/funding/allocations/" + allocationId("wch-telemedicine")
				+ "/expenditure-reports"))
			.singleElement()
			.satisfies((request) -> assertThat(request.authorization())
				.isEqualTo("Bearer applicant " + DIRECTORY.organisation("west-china-hospital").id()))
			.satisfies((request) -> assertThat(request.idempotencyKey()).startsWith("scibureau-demo-expenditure-"));
	}

	@Test
	void financeOfficersPayAndASecondOneConfirmsAPaymentAboveTheThresholdNeverTheApprover() {
		seeder().seed();

		List<RecordedRequest> payments = this.api.requests("POST", "/api/funding/allocations/");
		assertThat(payments).filteredOn((request) -> request.path().endsWith("/disbursement"))
			.hasSize(14)
			.extracting(RecordedRequest::authorization)
			.containsOnly("Bearer finance-officer demo-seeder:finance");
		assertThat(payments).filteredOn((request) -> request.path().endsWith("/disbursement-confirmation"))
			.singleElement()
			.satisfies((request) -> assertThat(request.authorization())
				.isEqualTo("Bearer finance-officer demo-seeder:finance2"))
			.satisfies((request) -> assertThat(request.path())
				.startsWith("/api/funding/allocations/" + allocationId("tianfu-data-space")));
	}

	@Test
	void fundsArePartlyCommittedAndPaidAndWuhousIsUsedUpSoThatItsNextApprovalIsRefused() {
		seeder().seed();

		JsonNode digitalEconomy = fund("数字经济");
		assertThat(digitalEconomy.get("committed").decimalValue()).isEqualByComparingTo("5760000.00");
		assertThat(digitalEconomy.get("disbursed").decimalValue()).isEqualByComparingTo("7360000.00");
		assertThat(digitalEconomy.get("returned").decimalValue()).isEqualByComparingTo("1080000.00");
		assertThat(fund("人工智能").get("committed").decimalValue()).isEqualByComparingTo("2500000.00");
		assertThat(fund("武侯区").get("available").decimalValue()).isZero();
		assertThat(this.api.project(application("rongxin-kras-inhibitor").title()).get("funding").get("outcome")
			.stringValue()).isEqualTo("COMMITTED");
		JsonNode refused = this.api.project(application("scu-cartilage-hydrogel").title()).get("funding");
		assertThat(refused.get("outcome").stringValue()).isEqualTo("REJECTED");
		assertThat(refused.get("rejectionReason").stringValue()).isEqualTo("INSUFFICIENT_FUNDS");
		assertThat(this.api.funds()).extracting((fund) -> fund.get("name").stringValue() + " "
				+ fund.get("fiscalYear").asInt() + " " + fund.get("jurisdiction").stringValue())
			.containsExactly("2026年度市级科技专项资金（重点研发计划—生物医药） 2026 510100",
					"2026年度市级科技专项资金（重点研发计划—人工智能） 2026 510100",
					"2026年度市级科技专项资金（重点研发计划—数字经济） 2026 510100",
					"武侯区2026年度科技创新专项资金（生物医药产业创新项目） 2026 510107");
	}

	@Test
	void waitsForFundingServiceToLearnAProgramBeforeAFundPaysForIt() {
		this.api.programUnknownFor(3);

		SeedReport report = seeder().seed();

		assertThat(report.created(Kind.FUND)).isEqualTo(4);
		assertThat(this.api.funds()).allSatisfy((fund) -> assertThat(fund.get("programs")).hasSize(1));
		assertThat(this.pauses).hasSize(3);
	}

	@Test
	void aRunStoppedByARefusedPaymentIsTakenOnByTheNextWithoutPayingTwice() {
		this.api.refusePayments(true);

		assertThatExceptionOfType(SeedingException.class).isThrownBy(seeder()::seed)
			.withMessageContaining("Could not pay tranche 1 of '" + application("tianfu-data-space").title() + "'");
		this.api.refusePayments(false);
		SeedReport report = seeder().seed();

		assertThat(report.found(Kind.PROJECT)).isEqualTo(13);
		assertThat(tranches("tianfu-data-space")).containsExactly("DISBURSED", "PLANNED", "PLANNED");
		assertThat(tranches("rongxin-batch-records")).containsExactly("DISBURSED", "DISBURSED", "DISBURSED");
		assertThat(fund("数字经济").get("disbursed").decimalValue()).isEqualByComparingTo("7360000.00");
	}

	@Test
	void theOpenReviewHasOnlyTheScorersSheetsAndTheOtherReviewIsDecided() {
		seeder().seed();

		String expert1 = DIRECTORY.talent("expert1").id().toString();
		JsonNode open = review("2026年度成都市重点研发计划生物医药领域项目申报指南");
		assertThat(open.get("status").stringValue()).isEqualTo("ASSIGNED");
		assertThat(open.get("projects").valueStream().flatMap((project) -> project.get("reviewers").valueStream()))
			.hasSize(4)
			.allSatisfy((reviewer) -> assertThat(reviewer.get("sheetSubmittedAt").isString())
				.isEqualTo(reviewer.get("expertId").stringValue().equals(expert1)));
		JsonNode decided = review("2026年度成都市重点研发计划人工智能领域项目申报指南");
		assertThat(decided.get("status").stringValue()).isEqualTo("DECIDED");
		JsonNode approved = this.api.project(application("tianfu-industrial-model").title());
		assertThat(approved.get("approval").get("budget").decimalValue()).isEqualByComparingTo("2500000.00");
		assertThat(this.api.project(application("optics-wavefront").title()).get("statusReason").stringValue())
			.startsWith("Below the program's funding line");
		assertThat(this.api.requests("PUT", "/api/plan/reviews/")).extracting(RecordedRequest::authorization)
			.containsExactly("Bearer expert " + expert1, "Bearer expert " + expert1,
					"Bearer expert " + DIRECTORY.talent("expert2").id(), "Bearer expert " + DIRECTORY.talent("expert2").id());
	}

	@Test
	void anApplicationLeftHalfWayIsTakenOnRatherThanDraftedAgain() {
		ProjectSeed organoids = application("wch-organoids");
		this.api.addProject(organoids.body(UUID.randomUUID(), DIRECTORY),
				DIRECTORY.organisation("west-china-hospital").id(), "FORMAL_CHECK");

		SeedReport report = seeder().seed();

		assertThat(report.created(Kind.PROJECT)).isEqualTo(19);
		assertThat(report.found(Kind.PROJECT)).isEqualTo(1);
		assertThat(FakeGatewayApi.titles(this.api.projects())).containsOnlyOnce(organoids.title());
		assertThat(this.api.project(organoids.title()).get("status").stringValue()).isEqualTo("RETURNED");
	}

	@Test
	void anApplicationSomeoneMovedElsewhereIsLeftAsItIs() {
		ProjectSeed tactileSensors = application("uestc-tactile-sensors");
		JsonNode withdrawn = this.api.addProject(tactileSensors.body(UUID.randomUUID(), DIRECTORY),
				DIRECTORY.organisation("uestc").id(), "WITHDRAWN");

		SeedReport report = seeder().seed();

		assertThat(report.found(Kind.PROJECT)).isEqualTo(1);
		assertThat(this.api.project(tactileSensors.title()).get("status").stringValue()).isEqualTo("WITHDRAWN");
		assertThat(this.api.requests("POST", "/api/plan/projects/" + withdrawn.get("id").stringValue())).isEmpty();
	}

	@Test
	void anApplicationThatChangedMeanwhileIsReadAgainBeforeItsNextStep() {
		ProjectSeed kras = application("rongxin-kras-inhibitor");
		this.api.changeMeanwhile(kras.title());

		SeedReport report = seeder().seed();

		assertThat(report.actions()).isEqualTo(149);
		assertThat(this.api.project(kras.title()).get("status").stringValue()).isEqualTo("APPROVED");
		String path = "/api/plan/projects/" + this.api.project(kras.title()).get("id").stringValue();
		assertThat(this.api.requests("POST", path)).extracting(RecordedRequest::path)
			.containsExactly(path + "/submission", path + "/submission", path + "/formal-check",
					path + "/formal-check-pass", path + "/approval");
		assertThat(this.api.requests("GET", path)).as("once after the conflict, once for funding-service's answer")
			.hasSize(2);
	}

	@ParameterizedTest
	@EnumSource(names = { "ORGANISATION", "RESEARCHER", "EXPERT", "FUND", "PROJECT", "REVIEW" })
	void aCreationWhoseAnswerWasLostIsNotRepeated(Kind kind) {
		this.api.loseTheAnswerToTheNextCreation(path(kind));

		SeedReport report = seeder().seed();

		assertThat(report.created()).containsExactlyEntriesOf(EVERYTHING);
		assertThat(items(kind)).hasSize(report.created(kind));
		List<String> keys = this.api.requests("POST", path(kind))
			.stream()
			.filter((request) -> request.path().equals(path(kind)))
			.map(RecordedRequest::idempotencyKey)
			.toList();
		assertThat(keys).hasSize(report.created(kind) + 1);
		assertThat(keys.get(1)).as("the retry of the creation whose answer was lost").isEqualTo(keys.get(0));
		assertThat(this.pauses).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(names = { "ORGANISATION", "RESEARCHER", "EXPERT", "REVIEW" })
	void anItemCreatedMeanwhileIsLookedUpAfterTheConflict(Kind kind) {
		this.api.createMeanwhile(path(kind));

		SeedReport report = seeder().seed();

		assertThat(report.found()).containsExactly(entry(kind, 1));
		assertThat(report.created(kind) + report.found(kind)).isEqualTo(items(kind).size());
		assertThat(items(kind)).extracting((item) -> item.get("id").stringValue()).doesNotHaveDuplicates();
	}

	@Test
	void anOrganisationRegisteredUnderAnotherIdStopsSeeding() {
		OrganisationSeed scu = DemoData.organisations(DIRECTORY).get(0);
		JsonNode registered = this.api.addOrganisation(scu.body());

		assertThatExceptionOfType(SeedingException.class).isThrownBy(seeder()::seed)
			.withMessageContaining("四川大学")
			.withMessageContaining(scu.creditCode())
			.withMessageContaining("registered with id " + registered.get("id").stringValue())
			.withMessageContaining("up --demo --fresh");
		assertThat(this.api.researchers()).isEmpty();
	}

	@Test
	void aConflictThatIsNotTheItemItselfStopsSeedingWithTheProblem() {
		ResearcherSeed liMing = DemoData.researchers(DIRECTORY).get(0);
		this.api.addResearcher(liMing.body());

		assertThatExceptionOfType(SeedingException.class).isThrownBy(seeder()::seed)
			.withMessage("Could not create demo researcher '李明': HTTP 409 Conflict: id or ORCID iD taken");
	}

	@Test
	void aPlanLeftInDraftIsSubmittedAndPublishedRatherThanCreatedAgain() {
		PlanSeed fiveYearPlan = DemoData.plans().get(0);
		this.api.addPlan(fiveYearPlan.body(), "DRAFT");

		SeedReport report = seeder().seed();

		assertThat(report.created(Kind.PLAN)).isEqualTo(2);
		assertThat(report.found(Kind.PLAN)).isEqualTo(1);
		assertThat(this.api.plans()).hasSize(3);
		assertThat(this.api.requests("POST", "/api/plan/plans")).extracting(RecordedRequest::path)
			.filteredOn((path) -> !path.equals("/api/plan/plans"))
			.hasSize(6);
		assertThat(this.api.plans().get(0).get("status").stringValue()).isEqualTo("PUBLISHED");
	}

	@Test
	void everyCreationCarriesItsOwnIdempotencyKey() {
		seeder().seed();

		assertThat(idempotencyKeys()).hasSize(61)
			.doesNotHaveDuplicates()
			.allMatch((key) -> key.startsWith("scibureau-demo-"));
	}

	@Test
	void anItemHasTheSameIdempotencyKeyOnEveryRun() {
		seeder().seed();
		List<String> firstKeys = idempotencyKeysWithoutCalls();
		this.api.close();
		this.api = newApi();

		seeder().seed();

		assertThat(idempotencyKeysWithoutCalls()).hasSize(31).isEqualTo(firstKeys);
	}

	@Test
	void theIdempotencyKeyNamesTheItemAndChangesWithItsBody() {
		PlanSeed plan = DemoData.plans().get(0);
		Map<String, Object> changed = new LinkedHashMap<>(plan.body());
		changed.put("periodEnd", 2031);

		String key = SeedRequests.idempotencyKey("plan", plan.key(), plan.body());

		assertThat(key).matches("scibureau-demo-plan-chengdu-15th-five-year-plan-[0-9a-f]{16}");
		assertThat(SeedRequests.idempotencyKey("plan", plan.key(), plan.body())).isEqualTo(key);
		assertThat(SeedRequests.idempotencyKey("plan", plan.key(), changed)).isNotEqualTo(key);
	}

	@Test
	void actionsNameTheVersionTheyExpect() {
		seeder().seed();

		assertThat(this.api.requests("POST", "/api/plan/plans/")).extracting(RecordedRequest::ifMatch)
			.containsExactly("\"0\"", "\"1\"", "\"0\"", "\"1\"", "\"0\"", "\"1\"");
	}

	@Test
	void sendsTheSeedersTokenForTheRegistryTheTalentPoolPlansAndCalls() {
		seeder().seed();

		assertThat(this.api.requests())
			.filteredOn((request) -> !request.path().startsWith("/api/plan/projects")
					&& !request.path().startsWith("/api/plan/reviews") && !request.path().startsWith("/api/funding/"))
			.extracting(RecordedRequest::authorization)
			.containsOnly("Bearer seeder-token");
	}

	@Test
	void waitsForAServiceThatIsNotReadyYet() {
		this.api.unavailableFor(3);

		SeedReport report = seeder().seed();

		assertThat(report.created(Kind.ORGANISATION)).isEqualTo(6);
		assertThat(this.pauses).hasSize(3);
		assertThat(this.api.requests().subList(0, 4)).extracting(RecordedRequest::path)
			.containsOnly("/api/plan/organisations");
	}

	@Test
	void givesUpWhenTheServiceStaysUnavailable() {
		this.api.unavailableFor(Integer.MAX_VALUE);
		DemoSeeder seeder = new DemoSeeder((actor) -> client(Duration.ZERO, actor), DIRECTORY, CLOCK, () -> false,
				this.pauses::add);

		assertThatExceptionOfType(SeedingException.class).isThrownBy(seeder::seed)
			.withMessageContaining("HTTP 503 Service Unavailable: plan-service is starting");
	}

	@Test
	void reportsWhatTheApiRefused() {
		DemoSeeder seeder = seeder();
		this.api.addPlan(DemoData.plans().get(1).body(), "ARCHIVED");

		assertThatExceptionOfType(SeedingException.class).isThrownBy(seeder::seed)
			.withMessageContaining("成都市2026年度科技计划")
			.withMessageContaining("is ARCHIVED and cannot be published");
	}

	@Test
	void stopsBetweenItemsWhenCancelled() {
		DemoSeeder seeder = new DemoSeeder((actor) -> client(Duration.ofSeconds(5), actor), DIRECTORY, CLOCK,
				() -> true, this.pauses::add);

		assertThatExceptionOfType(CancellationException.class).isThrownBy(seeder::seed);
		assertThat(this.api.requests()).isEmpty();
	}

	@Test
	void openCallsAreOpenNowAndTheScheduledCallOpensLater() {
		List<CallSeed> calls = DemoData.calls(CLOCK);

		assertThat(calls).filteredOn((call) -> call.target() == CallSeed.Target.OPEN)
			.hasSize(4)
			.allSatisfy((call) -> assertThat(CLOCK.instant()).isBetween(call.opensAt(), call.closesAt()));
		assertThat(calls).filteredOn((call) -> call.target() == CallSeed.Target.CLOSED)
			.allSatisfy((call) -> assertThat(call.closesAt()).isBefore(CLOCK.instant()));
		assertThat(calls).filteredOn((call) -> call.target() == CallSeed.Target.SCHEDULED)
			.allSatisfy((call) -> assertThat(call.opensAt()).isAfter(CLOCK.instant()));
	}

	private List<String> tranches(String projectKey) {
		String id = allocationId(projectKey);
		return this.api.allocations()
			.stream()
			.filter((allocation) -> allocation.get("id").stringValue().equals(id))
			.findFirst()
			.orElseThrow()
			.get("tranches")
			.valueStream()
			.map((tranche) -> tranche.get("status").stringValue())
			.toList();
	}

	private String allocationId(String projectKey) {
		return this.api.project(application(projectKey).title()).get("funding").get("allocationId").stringValue();
	}

	private JsonNode fund(String nameContains) {
		return this.api.funds()
			.stream()
			.filter((fund) -> fund.get("name").stringValue().contains(nameContains))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode researcher(String key) {
		String id = DIRECTORY.talent(key).id().toString();
		return this.api.researchers()
			.stream()
			.filter((item) -> item.get("id").stringValue().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode expert(String key) {
		String id = DIRECTORY.talent(key).id().toString();
		return this.api.experts()
			.stream()
			.filter((item) -> item.get("id").stringValue().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private List<JsonNode> items(Kind kind) {
		return switch (kind) {
			case ORGANISATION -> this.api.organisations();
			case RESEARCHER -> this.api.researchers();
			case EXPERT -> this.api.experts();
			case PLAN -> this.api.plans();
			case FUND -> this.api.funds();
			case CALL -> this.api.calls();
			case PROJECT -> this.api.projects();
			case REVIEW -> this.api.reviews();
		};
	}

	private static String path(Kind kind) {
		return switch (kind) {
			case ORGANISATION -> "/api/plan/organisations";
			case RESEARCHER -> "/api/talent/researchers";
			case EXPERT -> "/api/talent/experts";
			case PLAN -> "/api/plan/plans";
			case FUND -> "/api/funding/funds";
			case CALL -> "/api/plan/calls";
			case PROJECT -> "/api/plan/projects";
			case REVIEW -> "/api/plan/reviews";
		};
	}

	private static ProjectSeed application(String key) {
		return DemoApplications.projects(CLOCK)
			.stream()
			.filter((seed) -> seed.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

	private String callId(String title) {
		return this.api.calls()
			.stream()
			.filter((call) -> call.get("title").stringValue().equals(title))
			.findFirst()
			.orElseThrow()
			.get("id")
			.stringValue();
	}

	private JsonNode review(String callTitle) {
		String callId = callId(callTitle);
		return this.api.reviews()
			.stream()
			.filter((review) -> review.get("callId").stringValue().equals(callId))
			.findFirst()
			.orElseThrow();
	}

	private static Map<Kind, Integer> everything() {
		Map<Kind, Integer> everything = new EnumMap<>(Kind.class);
		everything.putAll(Map.of(Kind.ORGANISATION, 6, Kind.RESEARCHER, 10, Kind.EXPERT, 8, Kind.PLAN, 3, Kind.FUND, 4,
				Kind.CALL, 7, Kind.PROJECT, 20, Kind.REVIEW, 2));
		return everything;
	}

	private int firstIndexOf(String creationPath) {
		return posts().indexOf(creationPath);
	}

	private int lastIndexOf(String creationPath) {
		return posts().lastIndexOf(creationPath);
	}

	private List<String> posts() {
		return this.api.requests()
			.stream()
			.filter((request) -> request.method().equals("POST"))
			.map(RecordedRequest::path)
			.toList();
	}

	private List<String> idempotencyKeys() {
		return this.api.requests()
			.stream()
			.filter((request) -> request.method().equals("POST"))
			.map(RecordedRequest::idempotencyKey)
			.filter((key) -> key != null)
			.toList();
	}

	/** Bodies of calls, applications and reviews name a program or a call, which gets a new id in a new fake. */
	private List<String> idempotencyKeysWithoutCalls() {
		return this.api.requests()
			.stream()
			.filter((request) -> request.method().equals("POST")
					&& List.of("/api/plan/organisations", "/api/talent/researchers", "/api/talent/experts",
							"/api/plan/plans", "/api/funding/funds").contains(request.path()))
			.map(RecordedRequest::idempotencyKey)
			.filter((key) -> key != null)
			.toList();
	}

	private DemoSeeder seeder() {
		return new DemoSeeder((actor) -> client(Duration.ofSeconds(5), actor), DIRECTORY, CLOCK, () -> false,
				this.pauses::add);
	}

	private ApiClient client(Duration retryFor, Actor actor) {
		return new ApiClient(this.api.uri(), HttpClient.newHttpClient(), () -> FakeGatewayApi.tokenOf(actor),
				JsonMapper.builder().build(), retryFor, this.pauses::add);
	}

	private static FakeGatewayApi newApi() {
		try {
			return new FakeGatewayApi();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
