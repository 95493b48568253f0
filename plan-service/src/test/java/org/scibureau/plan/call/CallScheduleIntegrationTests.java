package org.scibureau.plan.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.scibureau.plan.PlanClient;
import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.spring.RealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "scibureau.plan.call-schedule.interval=300ms")
@RealInfrastructure(database = "plan")
class CallScheduleIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = PlanClient.JSON;

	PlanClient client;

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.client = new PlanClient(port);
		this.http = this.client.http();
	}

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	CallSchedule schedule;

	@Autowired
	DatabaseClient database;

	@Test
	void opensAndClosesACallAtItsInstantsWithItsEvents() {
		UUID programId = this.client.publishedProgram();
		Instant opensAt = Instant.now().plusSeconds(1);
		Instant closesAt = opensAt.plusSeconds(2);
		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.CALL)) {
			String id = createCall(programId, opensAt, closesAt);
			assertThat(get(id)).containsEntry("status", "SCHEDULED");

			var opened = consumer.awaitRecord((record) -> record.key().equals(id)
					&& "org.scibureau.plan.call.opened.v1".equals(KafkaTestConsumer.header(record, "ce_type")),
					Duration.ofSeconds(30));
			var closed = consumer.awaitRecord((record) -> record.key().equals(id)
					&& "org.scibureau.plan.call.closed.v1".equals(KafkaTestConsumer.header(record, "ce_type")),
					Duration.ofSeconds(30));

			EventSchemas.assertValid("org.scibureau.plan.call.opened.v1", new String(opened.value()));
			EventSchemas.assertValid("org.scibureau.plan.call.closed.v1", new String(closed.value()));
			Map<String, Object> call = get(id);
			assertThat(call).containsEntry("status", "CLOSED");
			assertThat(Instant.parse((String) call.get("openedAt"))).isAfterOrEqualTo(opensAt);
			assertThat(Instant.parse((String) call.get("closedAt"))).isAfterOrEqualTo(closesAt);
			this.http.get().uri("/api/plan/calls/{id}/history", id)
				.headers((headers) -> headers.setBearerAuth(PlanFixtures.tokenFor("auditor")))
				.exchange()
				.expectBody()
				.jsonPath("$[1].action").isEqualTo("open")
				.jsonPath("$[1].actor").isEqualTo(CallSchedule.ACTOR)
				.jsonPath("$[2].action").isEqualTo("close")
				.jsonPath("$[2].actor").isEqualTo(CallSchedule.ACTOR);
		}
	}

	@Test
	void takesEachStepExactlyOnceWhenSeveralInstancesRunTogether() {
		UUID programId = this.client.publishedProgram();
		Instant now = Instant.now();
		List<String> overdue = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			overdue.add(createCall(programId, now.minusSeconds(7200), now.minusSeconds(3600)));
		}

		StepVerifier.create(Flux.range(0, 4)
			.flatMap((instance) -> this.schedule.runOnce().subscribeOn(Schedulers.parallel())))
			.expectNextCount(4)
			.expectComplete()
			.verify(Duration.ofSeconds(30));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(overdue)
			.allSatisfy((id) -> assertThat(get(id)).containsEntry("status", "CLOSED")));
		for (String id : overdue) {
			assertCount("select count(*) from call_history where call_id = :id and action = 'open'", id, 1);
			assertCount("select count(*) from call_history where call_id = :id and action = 'close'", id, 1);
			assertCount("select count(*) from platform.outbox where event_key = :id::text", id, 2);
		}
	}

	@Test
	void leavesACallAnOfficerAlreadyOpenedToCloseOnSchedule() {
		UUID programId = this.client.publishedProgram();
		String id = createCall(programId, Instant.now().plusSeconds(3600), Instant.now().plusSeconds(7200));

		this.http.post().uri("/api/plan/calls/{id}/opening", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk();
		StepVerifier.create(this.schedule.runOnce()).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));

		assertThat(get(id)).containsEntry("status", "OPEN");
		assertCount("select count(*) from call_history where call_id = :id and action = 'open'", id, 1);
	}

	private void assertCount(String sql, String id, long expected) {
		StepVerifier.create(this.database.sql(sql).bind("id", UUID.fromString(id)).map((row) -> row.get(0, Long.class)).one())
			.expectNext(expected)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	private String createCall(UUID programId, Instant opensAt, Instant closesAt) {
		return (String) this.client.postCall(PlanClient.call(programId, opensAt, closesAt, null))
			.expectStatus().isCreated()
			.expectBody(JSON).returnResult().getResponseBody().get("id");
	}

	private Map<String, Object> get(String id) {
		return this.http.get().uri("/api/plan/calls/{id}", id)
			.headers((headers) -> headers.setBearerAuth(PlanFixtures.planOfficer()))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON).returnResult().getResponseBody();
	}

}
