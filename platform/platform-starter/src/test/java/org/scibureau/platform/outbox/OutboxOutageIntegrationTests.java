package org.scibureau.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.test.StepVerifier;

import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.infrastructure.KafkaProcess;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.testapp.CallFixtures;
import org.scibureau.platform.testapp.TestInstances;

/**
 * The relay through a broker outage, on a broker of this test's own that it stops and restarts.
 */
class OutboxOutageIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static KafkaProcess broker;

	private static ConfigurableApplicationContext instance;

	private static WebTestClient http;

	@BeforeAll
	static void startBrokerAndInstance() {
		broker = TestInfrastructure.newStoppableKafka();
		// Publications fail within seconds while the broker is away, and the relay retries often, so the test
		// sees the outage and the recovery quickly.
		instance = TestInstances.startWeb("starter_outage", broker.bootstrapServers(),
				"scibureau.outbox.retry-backoff=100ms", "scibureau.outbox.max-retry-backoff=1s",
				"scibureau.outbox.send-timeout=3s", "spring.kafka.producer.properties.max.block.ms=1000",
				"spring.kafka.producer.properties.request.timeout.ms=1000",
				"spring.kafka.producer.properties.delivery.timeout.ms=3000");
		http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + instance.getEnvironment().getProperty("local.server.port"))
			.responseTimeout(Duration.ofSeconds(10))
			.build();
	}

	@AfterAll
	static void stopInstanceAndBroker() {
		if (instance != null) {
			instance.close();
		}
		if (broker != null) {
			broker.stop();
		}
	}

	@Test
	void keepsEventsWrittenDuringABrokerOutageAndDeliversThemAllInOrderAfterwards() {
		Outbox outbox = instance.getBean(Outbox.class);
		OutboxRelay relay = instance.getBean(OutboxRelay.class);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		PublishedEvent beforeOutage = CallFixtures.opened(first);
		List<PublishedEvent> firstDuring = CallFixtures.history(first, 4);
		List<PublishedEvent> secondDuring = CallFixtures.history(second, 4);
		await().atMost(TIMEOUT).until(relay::isLeader);
		append(outbox, List.of(beforeOutage));
		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(broker.bootstrapServers(), PlanTopics.CALL)) {
			consumer.awaitRecord(withId(beforeOutage), TIMEOUT);
		}

		broker.stop();
		for (int i = 0; i < firstDuring.size(); i++) {
			append(outbox, List.of(firstDuring.get(i), secondDuring.get(i)));
		}

		// The gauges first: reading the health measures too, and would hide a monitor that stopped measuring.
		await().atMost(TIMEOUT).untilAsserted(
				() -> assertThat(instance.getBean(MeterRegistry.class).get("scibureau.outbox.backlog").gauge().value())
					.isEqualTo(8.0));
		await().atMost(TIMEOUT).untilAsserted(
				() -> assertThat(instance.getBean(MeterRegistry.class).get("scibureau.outbox.oldest.age").gauge().value())
					.isGreaterThanOrEqualTo(1.0));
		await().atMost(TIMEOUT).untilAsserted(() -> outboxHealth()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.details.backlog").isEqualTo(8)
			.jsonPath("$.details.relayActiveHere").isEqualTo(true));
		await().atMost(TIMEOUT).untilAsserted(() -> http.get().uri("/actuator/health/kafka").exchange()
			.expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.status").isEqualTo("DOWN"));
		http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		await().during(Duration.ofSeconds(3)).atMost(TIMEOUT).until(relay::isLeader);

		broker.start();
		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(broker.bootstrapServers(), PlanTopics.CALL)) {
			consumer.awaitRecord(withId(firstDuring.getLast()), TIMEOUT);
			consumer.awaitRecord(withId(secondDuring.getLast()), TIMEOUT);
			List<ConsumerRecord<String, byte[]>> records = consumer.records();
			List<PublishedEvent> firstAll = new ArrayList<>(List.of(beforeOutage));
			firstAll.addAll(firstDuring);
			assertThat(CallFixtures.firstOccurrences(records, first.toString()))
				.containsExactlyElementsOf(CallFixtures.ids(firstAll));
			assertThat(CallFixtures.firstOccurrences(records, second.toString()))
				.containsExactlyElementsOf(CallFixtures.ids(secondDuring));
		}
		await().atMost(TIMEOUT).untilAsserted(() -> outboxHealth()
			.jsonPath("$.details.backlog").isEqualTo(0)
			.jsonPath("$.details.oldestAgeSeconds").isEqualTo(0));
	}

	private static WebTestClient.BodyContentSpec outboxHealth() {
		return http.get().uri("/actuator/health/outbox").exchange().expectStatus().isOk().expectBody();
	}

	private static void append(Outbox outbox, List<PublishedEvent> events) {
		TransactionalOperator transactions = instance.getBean(TransactionalOperator.class);
		StepVerifier.create(transactions.transactional(outbox.append(events)))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	private static Predicate<ConsumerRecord<String, byte[]>> withId(PublishedEvent event) {
		return (record) -> event.eventId().toString().equals(KafkaTestConsumer.header(record, "ce_id"));
	}

}
