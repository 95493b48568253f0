package org.scibureau.local.seed;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.local.seed.FakePlanApi.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DemoSeederTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

	private final List<Duration> pauses = new CopyOnWriteArrayList<>();

	private FakePlanApi api;

	@BeforeEach
	void startApi() throws Exception {
		this.api = new FakePlanApi();
	}

	@AfterEach
	void stopApi() {
		this.api.close();
	}

	@Test
	void seedsEveryPlanUntilPublishedAndEveryCallUntilItsTargetState() {
		SeedReport report = seeder().seed();

		assertThat(report).isEqualTo(new SeedReport(3, 0, 6, 0, 13));
		assertThat(this.api.plans()).extracting((plan) -> plan.get("status").stringValue())
			.containsOnly("PUBLISHED");
		assertThat(FakePlanApi.titles(this.api.plans())).containsExactly("成都市“十五五”科技创新规划", "成都市2026年度科技计划",
				"武侯区2026年度科技创新计划");
		assertThat(this.api.calls()).extracting((call) -> call.get("title").stringValue() + " " + call.get("status").stringValue())
			.containsExactlyInAnyOrder("2026年度成都市重点研发计划生物医药领域项目申报指南 OPEN",
					"2026年度成都市重点研发计划人工智能领域项目申报指南 OPEN", "武侯区2026年度生物医药产业创新项目申报通知 OPEN",
					"2026年度成都市技术创新研发项目申报指南（第一批） CLOSED", "2026年度成都市重点研发计划新能源领域项目申报指南 CLOSED",
					"2027年度成都市重点研发计划先进制造领域项目申报指南 SCHEDULED");
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

		assertThat(report).isEqualTo(new SeedReport(0, 3, 0, 6, 0));
		assertThat(report.summary()).isEqualTo("nothing added: 3 plans and 6 calls already there");
		assertThat(this.api.requests()).extracting(RecordedRequest::method).containsOnly("GET");
		assertThat(this.api.plans()).hasSize(3);
		assertThat(this.api.calls()).hasSize(6);
	}

	@Test
	void aPlanLeftInDraftIsSubmittedAndPublishedRatherThanCreatedAgain() {
		PlanSeed fiveYearPlan = DemoData.plans().get(0);
		this.api.addPlan(fiveYearPlan.body(), "DRAFT");

		SeedReport report = seeder().seed();

		assertThat(report.plansCreated()).isEqualTo(2);
		assertThat(report.plansFound()).isEqualTo(1);
		assertThat(this.api.plans()).hasSize(3);
		assertThat(this.api.requests("POST", "/api/plan/plans")).extracting(RecordedRequest::path)
			.filteredOn((path) -> !path.equals("/api/plan/plans"))
			.hasSize(6);
		assertThat(this.api.plans().get(0).get("status").stringValue()).isEqualTo("PUBLISHED");
	}

	@Test
	void everyCreationCarriesItsOwnIdempotencyKey() {
		seeder().seed();

		assertThat(idempotencyKeys()).hasSize(9).doesNotHaveDuplicates().allMatch((key) -> key.startsWith("scibureau-demo-"));
	}

	@Test
	void aPlanHasTheSameIdempotencyKeyOnEveryRun() {
		seeder().seed();
		List<String> firstKeys = idempotencyKeys().subList(0, 3);
		this.api.close();
		this.api = newApi();

		seeder().seed();

		assertThat(idempotencyKeys().subList(0, 3)).isEqualTo(firstKeys);
	}

	@Test
	void theIdempotencyKeyNamesTheItemAndChangesWithItsBody() {
		DemoSeeder seeder = seeder();
		PlanSeed plan = DemoData.plans().get(0);
		Map<String, Object> changed = new LinkedHashMap<>(plan.body());
		changed.put("periodEnd", 2031);

		String key = seeder.idempotencyKey("plan", plan.key(), plan.body());

		assertThat(key).matches("scibureau-demo-plan-chengdu-15th-five-year-plan-[0-9a-f]{16}");
		assertThat(seeder.idempotencyKey("plan", plan.key(), plan.body())).isEqualTo(key);
		assertThat(seeder.idempotencyKey("plan", plan.key(), changed)).isNotEqualTo(key);
	}

	@Test
	void actionsNameTheVersionTheyExpect() {
		seeder().seed();

		assertThat(this.api.requests("POST", "/api/plan/plans/")).extracting(RecordedRequest::ifMatch)
			.containsExactly("\"0\"", "\"1\"", "\"0\"", "\"1\"", "\"0\"", "\"1\"");
	}

	@Test
	void sendsTheSeedersTokenWithEveryRequest() {
		seeder().seed();

		assertThat(this.api.requests()).extracting(RecordedRequest::authorization).containsOnly("Bearer seeder-token");
	}

	@Test
	void waitsForAServiceThatIsNotReadyYet() {
		this.api.unavailableFor(3);

		SeedReport report = seeder().seed();

		assertThat(report.plansCreated()).isEqualTo(3);
		assertThat(this.pauses).hasSize(3);
		assertThat(this.api.requests().subList(0, 4)).extracting(RecordedRequest::path).containsOnly("/api/plan/plans");
	}

	@Test
	void givesUpWhenTheServiceStaysUnavailable() {
		this.api.unavailableFor(Integer.MAX_VALUE);
		DemoSeeder seeder = new DemoSeeder(client(Duration.ZERO), CLOCK, () -> false);

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
		DemoSeeder seeder = new DemoSeeder(client(Duration.ofSeconds(5)), CLOCK, () -> true);

		assertThatExceptionOfType(CancellationException.class).isThrownBy(seeder::seed);
		assertThat(this.api.requests()).isEmpty();
	}

	@Test
	void openCallsAreOpenNowAndTheScheduledCallOpensLater() {
		List<CallSeed> calls = DemoData.calls(CLOCK);

		assertThat(calls).filteredOn((call) -> call.target() == CallSeed.Target.OPEN)
			.hasSize(3)
			.allSatisfy((call) -> assertThat(CLOCK.instant()).isBetween(call.opensAt(), call.closesAt()));
		assertThat(calls).filteredOn((call) -> call.target() == CallSeed.Target.CLOSED)
			.allSatisfy((call) -> assertThat(call.closesAt()).isBefore(CLOCK.instant()));
		assertThat(calls).filteredOn((call) -> call.target() == CallSeed.Target.SCHEDULED)
			.allSatisfy((call) -> assertThat(call.opensAt()).isAfter(CLOCK.instant()));
	}

	private List<String> idempotencyKeys() {
		return this.api.requests()
			.stream()
			.filter((request) -> request.method().equals("POST"))
			.map(RecordedRequest::idempotencyKey)
			.filter((key) -> key != null)
			.toList();
	}

	private DemoSeeder seeder() {
		return new DemoSeeder(client(Duration.ofSeconds(5)), CLOCK, () -> false);
	}

	private ApiClient client(Duration retryFor) {
		return new ApiClient(this.api.uri(), HttpClient.newHttpClient(), () -> "seeder-token",
				JsonMapper.builder().build(), retryFor, this.pauses::add);
	}

	private static FakePlanApi newApi() {
		try {
			return new FakePlanApi();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
