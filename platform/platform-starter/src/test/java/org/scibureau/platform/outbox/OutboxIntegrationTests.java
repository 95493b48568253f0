package org.scibureau.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.scibureau.platform.events.EventCatalog;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.observability.CorrelationId;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.testapp.CallFixtures;
import org.scibureau.platform.testapp.TestAppIntegrationTest;

@TestAppIntegrationTest
class OutboxIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionalOperator transactions;

	@Autowired
	DatabaseClient database;

	@Autowired
	OutboxRelay relay;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(TIMEOUT).build();
	}

	@Test
	void publishesTheEventsOfATransactionInOrderAsCloudEvents() {
		UUID callId = UUID.randomUUID();
		List<PublishedEvent> events = CallFixtures.history(callId, 4);
		String correlationId = "outbox-" + callId;

		StepVerifier.create(this.transactions.transactional(this.outbox.append(events))
			.contextWrite((context) -> CorrelationId.with(context, correlationId)))
			.expectComplete()
			.verify(TIMEOUT);

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.CALL)) {
			consumer.awaitRecord(withId(events.getLast()), TIMEOUT);
			List<ConsumerRecord<String, byte[]>> published = consumer.records()
				.stream()
				.filter((record) -> callId.toString().equals(record.key()))
				.toList();
			assertThat(published).extracting((record) -> KafkaTestConsumer.header(record, "ce_id"))
				.containsExactlyElementsOf(CallFixtures.ids(events));
			for (int i = 0; i < events.size(); i++) {
				assertIsCloudEventOf(published.get(i), events.get(i), correlationId);
			}
		}
	}

	@Test
	void keepsTheOrderOfEventsAcrossTransactions() {
		UUID callId = UUID.randomUUID();
		List<PublishedEvent> events = CallFixtures.history(callId, 6);

		for (PublishedEvent event : events) {
			StepVerifier.create(this.transactions.transactional(this.outbox.append(event))).expectComplete().verify(TIMEOUT);
		}

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.CALL)) {
			consumer.awaitRecord(withId(events.getLast()), TIMEOUT);
			assertThat(CallFixtures.firstOccurrences(consumer.records(), callId.toString()))
				.containsExactlyElementsOf(CallFixtures.ids(events));
		}
	}

	@Test
	void publishesNothingOfARolledBackTransaction() {
		UUID callId = UUID.randomUUID();
		PublishedEvent rolledBack = CallFixtures.opened(callId);
		PublishedEvent committed = CallFixtures.closed(callId);

		StepVerifier.create(this.transactions.transactional(this.outbox.append(rolledBack)
			.then(Mono.error(new IllegalStateException("the state change failed")))))
			.expectErrorMessage("the state change failed")
			.verify(TIMEOUT);
		StepVerifier.create(this.transactions.transactional(this.outbox.append(committed))).expectComplete().verify(TIMEOUT);

		StepVerifier.create(rows(rolledBack)).expectNext(0L).expectComplete().verify(TIMEOUT);
		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.CALL)) {
			consumer.awaitRecord(withId(committed), TIMEOUT);
			assertThat(consumer.records()).noneMatch(withId(rolledBack)::test);
		}
	}

	@Test
	void marksPublishedRowsAndReportsAnEmptyBacklog() {
		PublishedEvent event = CallFixtures.opened(UUID.randomUUID());

		StepVerifier.create(this.transactions.transactional(this.outbox.append(event))).expectComplete().verify(TIMEOUT);

		await().atMost(TIMEOUT).untilAsserted(() -> StepVerifier.create(unpublished(event))
			.expectNext(0L)
			.expectComplete()
			.verify(TIMEOUT));
		assertThat(this.relay.isLeader()).isTrue();
		await().atMost(TIMEOUT).untilAsserted(() -> this.http.get()
			.uri("/actuator/health/outbox")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.details.backlog").isEqualTo(0)
			.jsonPath("$.details.oldestAgeSeconds").isEqualTo(0)
			.jsonPath("$.details.wakeUp").isEqualTo("NOTIFY")
			.jsonPath("$.details.relayActiveHere").isEqualTo(true));
	}

	private void assertIsCloudEventOf(ConsumerRecord<String, byte[]> record, PublishedEvent event, String correlationId) {
		String type = EventCatalog.of(event).type();
		assertThat(record.key()).isEqualTo(event.aggregateId().toString());
		assertThat(KafkaTestConsumer.header(record, "ce_specversion")).isEqualTo("1.0");
		assertThat(KafkaTestConsumer.header(record, "ce_id")).isEqualTo(event.eventId().toString());
		assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/scibureau/plan-service");
		assertThat(KafkaTestConsumer.header(record, "ce_type")).isEqualTo(type);
		assertThat(KafkaTestConsumer.header(record, "ce_subject")).isEqualTo(event.aggregateId().toString());
		assertThat(KafkaTestConsumer.header(record, "ce_time")).startsWith(event.occurredAt().toString().substring(0, 19));
		assertThat(KafkaTestConsumer.header(record, "ce_dataschema")).isEqualTo("urn:scibureau:schema:" + type);
		assertThat(KafkaTestConsumer.header(record, "ce_correlationid")).isEqualTo(correlationId);
		assertThat(KafkaTestConsumer.header(record, "content-type")).isEqualTo("application/json");
		EventSchemas.assertValid(type, new String(record.value(), StandardCharsets.UTF_8));
	}

	private Mono<Long> rows(PublishedEvent event) {
		return this.database.sql("select count(*) as n from platform.outbox where event_id = :id")
			.bind("id", event.eventId())
			.map((row) -> row.get("n", Long.class))
			.one();
	}

	private Mono<Long> unpublished(PublishedEvent event) {
		return this.database
			.sql("select count(*) as n from platform.outbox where event_id = :id and published_at is null")
			.bind("id", event.eventId())
			.map((row) -> row.get("n", Long.class))
			.one();
	}

	private static Predicate<ConsumerRecord<String, byte[]>> withId(PublishedEvent event) {
		return (record) -> event.eventId().toString().equals(KafkaTestConsumer.header(record, "ce_id"));
	}

}
