package org.scibureau.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.testapp.CallFixtures;
import org.scibureau.platform.testapp.TestInstances;

/**
 * The relay across instances and restarts: each test starts its own instances of the test application on a
 * database of their own, as the instances of one service share theirs.
 */
class OutboxRelayIntegrationTests {

	private static final String DATABASE = "starter_relay";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String[] POLLING = { "scibureau.outbox.wake-up=POLL", "scibureau.outbox.poll-interval=100ms" };

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final String bootstrapServers = TestInfrastructure.kafka().bootstrapServers();

	private final Database database = TestInfrastructure.database(DATABASE);

	/** The database as a test sees it, apart from any instance. */
	private final DatabaseClient client = DatabaseClient.create(ConnectionFactories.get(connectionOptions()));

	@AfterEach
	void stopInstances() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void relaysFromExactlyOneInstanceAndTheStandbyTakesOverWhenTheLeaderStops() {
		ConfigurableApplicationContext first = start(POLLING);
		ConfigurableApplicationContext second = start(POLLING);
		UUID callId = UUID.randomUUID();
		List<PublishedEvent> before = CallFixtures.history(callId, 3);
		List<PublishedEvent> after = CallFixtures.history(callId, 3);

		await().atMost(TIMEOUT).during(Duration.ofSeconds(1)).until(() -> leaders(first, second) == 1);
		ConfigurableApplicationContext leader = relay(first).isLeader() ? first : second;
		ConfigurableApplicationContext standby = (leader == first) ? second : first;
		append(outboxOf(standby), before);
		awaitPublished(before);
		leader.close();
		await().atMost(TIMEOUT).until(() -> relay(standby).isLeader());
		append(outboxOf(standby), after);

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.CALL)) {
			consumer.awaitRecord(withId(after.getLast()), TIMEOUT);
			List<ConsumerRecord<String, byte[]>> published = keyed(consumer.records(), callId);
			assertThat(published).extracting((record) -> KafkaTestConsumer.header(record, "ce_id"))
				.as("each event exactly once, in order: one relay at a time")
				.containsExactlyElementsOf(CallFixtures.ids(Stream.concat(before.stream(), after.stream()).toList()));
		}
	}

	@Test
	void resumesAfterARestartWithTheRowsItHadNotPublished() {
		UUID callId = UUID.randomUUID();
		List<PublishedEvent> published = CallFixtures.history(callId, 2);
		List<PublishedEvent> pending = CallFixtures.history(callId, 3);
		ConfigurableApplicationContext first = start();
		append(outboxOf(first), published);
		awaitPublished(published);
		JsonMapper json = first.getBean(JsonMapper.class);
		first.close();

		append(new Outbox(this.client, json), pending);
		StepVerifier.create(unpublished(pending)).expectNext((long) pending.size()).expectComplete().verify(TIMEOUT);
		start();

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.CALL)) {
			consumer.awaitRecord(withId(pending.getLast()), TIMEOUT);
			assertThat(keyed(consumer.records(), callId)).extracting((record) -> KafkaTestConsumer.header(record, "ce_id"))
				.as("published rows are not sent again; the others follow them in order")
				.containsExactlyElementsOf(CallFixtures.ids(Stream.concat(published.stream(), pending.stream()).toList()));
		}
		awaitPublished(pending);
	}

	@ParameterizedTest
	@EnumSource(OutboxProperties.WakeUp.class)
	void deliversInEitherWakeUpMode(OutboxProperties.WakeUp wakeUp) {
		// Polling once an hour: in NOTIFY mode only a notification can wake the relay for the second event.
		String pollInterval = (wakeUp == OutboxProperties.WakeUp.NOTIFY) ? "1h" : "100ms";
		ConfigurableApplicationContext instance = start("scibureau.outbox.wake-up=" + wakeUp,
				"scibureau.outbox.poll-interval=" + pollInterval);
		UUID callId = UUID.randomUUID();
		PublishedEvent first = CallFixtures.opened(callId);
		PublishedEvent second = CallFixtures.closed(callId);
		await().atMost(TIMEOUT).until(() -> relay(instance).isLeader());

		append(outboxOf(instance), List.of(first));
		awaitPublished(List.of(first));
		append(outboxOf(instance), List.of(second));

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, PlanTopics.CALL)) {
			consumer.awaitRecord(withId(second), Duration.ofSeconds(10));
		}
		StepVerifier.create(instance.getBean(OutboxMonitor.class).health())
			.assertNext((health) -> assertThat(health.getDetails()).containsEntry("wakeUp", wakeUp.name()))
			.expectComplete()
			.verify(TIMEOUT);
	}

	private ConfigurableApplicationContext start(String... settings) {
		ConfigurableApplicationContext instance = TestInstances.start(DATABASE, this.bootstrapServers, settings);
		this.instances.add(instance);
		return instance;
	}

	private static OutboxRelay relay(ConfigurableApplicationContext instance) {
		return instance.getBean(OutboxRelay.class);
	}

	private static long leaders(ConfigurableApplicationContext... instances) {
		return Stream.of(instances).filter((instance) -> relay(instance).isLeader()).count();
	}

	private static Outbox outboxOf(ConfigurableApplicationContext instance) {
		return instance.getBean(Outbox.class);
	}

	private static void append(Outbox outbox, List<PublishedEvent> events) {
		StepVerifier.create(outbox.append(events)).expectComplete().verify(TIMEOUT);
	}

	/** Waits until the rows of the events are marked as published, which is after Kafka acknowledged them. */
	private void awaitPublished(List<PublishedEvent> events) {
		await().atMost(TIMEOUT).untilAsserted(
				() -> StepVerifier.create(unpublished(events)).expectNext(0L).expectComplete().verify(TIMEOUT));
	}

	private Mono<Long> unpublished(List<PublishedEvent> events) {
		return this.client
			.sql("select count(*) as n from platform.outbox where event_id = any(:ids) and published_at is null")
			.bind("ids", events.stream().map(PublishedEvent::eventId).toArray(UUID[]::new))
			.map((row) -> row.get("n", Long.class))
			.one();
	}

	private ConnectionFactoryOptions connectionOptions() {
		return ConnectionFactoryOptions.parse(this.database.r2dbcUrl())
			.mutate()
			.option(ConnectionFactoryOptions.USER, this.database.username())
			.option(ConnectionFactoryOptions.PASSWORD, this.database.password())
			.build();
	}

	private static List<ConsumerRecord<String, byte[]>> keyed(List<ConsumerRecord<String, byte[]>> records, UUID key) {
		return records.stream().filter((record) -> key.toString().equals(record.key())).toList();
	}

	private static Predicate<ConsumerRecord<String, byte[]>> withId(PublishedEvent event) {
		return (record) -> event.eventId().toString().equals(KafkaTestConsumer.header(record, "ce_id"));
	}

}
