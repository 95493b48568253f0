package org.scibureau.local.e2e;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import org.scibureau.local.seed.CallSeed;
import org.scibureau.local.seed.DemoData;
import org.scibureau.local.seed.PlanSeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The plan slice across processes: plans and calls seeded through the gateway into the plan service, calls opened
 * there reaching the funding service's read model through Kafka, and the gateway's and services' security.
 */
class PlanSliceEndToEndTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Platform platform;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
	}

	@Test
	void aPlanOfficerListsTheDemoPlansAsAPage() {
		String body = platform.client("plan-officer")
			.get()
			.uri("/api/plan/plans")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		JsonNode page = JSON.readTree(body);
		assertThat(page.has("nextCursor")).as("a page names its next cursor, null on the last page").isTrue();
		assertThat(titles(page)).containsAll(DemoData.plans().stream().map(PlanSeed::title).toList());
		assertThat(page.path("items").valueStream().map((plan) -> plan.path("status").stringValue()))
			.containsOnly("PUBLISHED");
	}

	@Test
	void theFundingServiceListsExactlyTheDemosOpenCallsOnceTheirEventsArrive() {
		List<CallSeed> calls = DemoData.calls(Clock.systemUTC());
		List<String> open = titles(calls, CallSeed.Target.OPEN);
		List<String> notOpen = calls.stream()
			.filter((call) -> call.target() != CallSeed.Target.OPEN)
			.map(CallSeed::title)
			.toList();

		await("the demo's open calls in the funding service").atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				String body = platform.client("bureau-admin")
					.get()
					.uri("/api/funding/open-calls")
					.exchange()
					.expectStatus()
					.isOk()
					.expectBody(String.class)
					.returnResult()
					.getResponseBody();
				List<String> listed = titles(JSON.readTree(body));
				assertThat(listed).containsAll(open).doesNotContainAnyElementsOf(notOpen);
			});
	}

	@Test
	void withoutATokenThePlanListIsAnUnauthorizedProblem() {
		platform.client()
			.get()
			.uri("/api/plan/plans")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void withoutATokenThePublicCallsAreReadable() {
		String body = platform.client()
			.get()
			.uri("/api/plan/public/calls")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(JSON.readTree(body).path("items").isArray()).isTrue();
	}

	private static List<String> titles(JsonNode page) {
		return page.path("items").valueStream().map((item) -> item.path("title").stringValue()).toList();
	}

	private static List<String> titles(List<CallSeed> calls, CallSeed.Target target) {
		return calls.stream().filter((call) -> call.target() == target).map(CallSeed::title).toList();
	}

}
