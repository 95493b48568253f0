package org.scibureau.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.cloudevents.CloudEventRecords;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.Topics;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.testapp.CallEffects;
import org.scibureau.platform.testapp.CallFixtures;
import org.scibureau.platform.testapp.EffectScript;
import org.scibureau.platform.testapp.TestAppIntegrationTest;

@TestAppIntegrationTest
class InboxIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** A topic no listener reads: records handed to the inbox directly get lanes apart from the listener's. */
	private static final String DIRECT = "testapp.direct";

	private static final String DEAD_LETTERS = Topics.deadLetter(PlanTopics.CALL);

	@Autowired
	Inbox inbox;

	@Autowired
	EffectScript script;

	@Autowired
	KafkaTemplate<String, byte[]> eventKafkaTemplate;

	@Autowired
	CloudEventRecords cloudEvents;

	@Autowired
	JsonMapper json;

	@Autowired
	DatabaseClient database;

	@Autowired
	TransactionalOperator transactions;

	@Autowired
	InboxProperties properties;

	@Autowired
	MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Test
	void appliesARedeliveredEventOnce() {
		UUID callId = UUID.randomUUID();
		PublishedEvent event = CallFixtures.opened(callId);
		PublishedEvent marker = CallFixtures.closed(callId);

		send(event, null);
		send(event, null);
		send(marker, null);

		await().atMost(TIMEOUT).untilAsserted(() -> assertEffects(marker, CallEffects.CONSUMER, 1));
		assertEffects(event, CallEffects.CONSUMER, 1);
		StepVerifier.create(this.database.sql("select count(*) as n from platform.inbox where event_id = :id")
			.bind("id", event.eventId())
			.map((row) -> row.get("n", Long.class))
			.one()).expectNext(1L).expectComplete().verify(TIMEOUT);
	}

	@Test
	void keepsAnInboxPerConsumer() {
		PublishedEvent event = CallFixtures.opened(UUID.randomUUID());
		ConsumerRecord<String, byte[]> record = direct(event, 0, 0);

		StepVerifier.create(this.inbox.receive(record, "first-consumer", this.script.effectFor("first-consumer"))
			.then(this.inbox.receive(record, "second-consumer", this.script.effectFor("second-consumer")))
			.then(this.inbox.receive(record, "first-consumer", this.script.effectFor("first-consumer"))))
			.expectComplete()
			.verify(TIMEOUT);

		assertEffects(event, "first-consumer", 1);
		assertEffects(event, "second-consumer", 1);
	}

	@Test
	void appliesAnEventDeliveredToTwoInstancesAtTheSameTimeOnce() {
		PublishedEvent event = CallFixtures.opened(UUID.randomUUID());
		ConsumerRecord<String, byte[]> record = direct(event, 0, 0);
		Inbox otherInstance = new Inbox(this.database, this.transactions, this.cloudEvents, this.eventKafkaTemplate,
				this.properties, this.meters);
		// Both effects hold their transaction open for a while, so the two deliveries overlap.
		Function<PublishedEvent, Mono<Void>> slowEffect = (received) -> this.script.record("twice-delivered", received)
			.then(Mono.delay(Duration.ofMillis(500)))
			.then();

		try {
			StepVerifier.create(Mono.when(this.inbox.receive(record, "twice-delivered", slowEffect),
					otherInstance.receive(record, "twice-delivered", slowEffect)))
				.expectComplete()
				.verify(TIMEOUT);
		}
		finally {
			otherInstance.destroy();
		}

		assertEffects(event, "twice-delivered", 1);
	}

	@Test
	void retriesAFailingEffectWithBackoffThenSendsTheRecordToTheDeadLetterTopicAndGoesOn() {
		UUID callId = UUID.randomUUID();
		PublishedEvent failing = CallFixtures.opened(callId);
		PublishedEvent next = CallFixtures.closed(callId);
		this.script.failAlways(failing.eventId());

		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.of(this.bootstrapServers, DEAD_LETTERS)) {
			send(failing, "dead-letter-" + callId);
			send(next, null);

			ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord((record) -> callId.toString().equals(record.key()),
					TIMEOUT);
			assertThat(KafkaTestConsumer.header(dead, "ce_id")).isEqualTo(failing.eventId().toString());
			assertThat(KafkaTestConsumer.header(dead, "ce_correlationid")).isEqualTo("dead-letter-" + callId);
			assertThat(KafkaTestConsumer.header(dead, Inbox.DLT_CONSUMER)).isEqualTo(CallEffects.CONSUMER);
			assertThat(KafkaTestConsumer.header(dead, Inbox.DLT_EXCEPTION)).isEqualTo(IllegalStateException.class.getName());
			assertThat(KafkaTestConsumer.header(dead, Inbox.DLT_MESSAGE))
				.isEqualTo("Attempt 3 at " + failing.eventId() + " failed");
			assertThat(KafkaTestConsumer.header(dead, Inbox.DLT_ORIGIN))
				.matches(PlanTopics.CALL.replace(".", "\\.") + "-\\d+@\\d+");
		}
		List<Instant> attempts = this.script.attempts(failing.eventId());
		assertThat(attempts).hasSize(this.properties.maxAttempts());
		for (int i = 1; i < attempts.size(); i++) {
			assertThat(Duration.between(attempts.get(i - 1), attempts.get(i)))
				.isGreaterThanOrEqualTo(this.properties.initialBackoff());
		}
		assertEffects(failing, CallEffects.CONSUMER, 0);
		await().atMost(TIMEOUT).untilAsserted(() -> assertEffects(next, CallEffects.CONSUMER, 1));
	}

	@Test
	void appliesAnEffectThatSucceedsOnARetryOnce() {
		PublishedEvent event = CallFixtures.opened(UUID.randomUUID());
		this.script.failFirst(event.eventId(), 2);

		send(event, null);

		await().atMost(TIMEOUT).untilAsserted(() -> assertEffects(event, CallEffects.CONSUMER, 1));
		assertThat(this.script.attempts(event.eventId())).hasSize(3);
	}

	@Test
	void sendsAnUnprocessableEventToTheDeadLetterTopicWithoutRetrying() {
		UUID callId = UUID.randomUUID();
		PublishedEvent refused = CallFixtures.opened(callId);
		this.script.refuse(refused.eventId());

		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.of(this.bootstrapServers, DEAD_LETTERS)) {
			send(refused, null);

			ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord((record) -> callId.toString().equals(record.key()),
					TIMEOUT);
			assertThat(KafkaTestConsumer.header(dead, Inbox.DLT_EXCEPTION))
				.isEqualTo(UnprocessableEventException.class.getName());
		}
		assertThat(this.script.attempts(refused.eventId())).hasSize(1);
		assertEffects(refused, CallEffects.CONSUMER, 0);
	}

	@Test
	void appliesTheRecordsOfAPartitionInOrderThoughTheListenerReturnsBeforeTheyAreApplied() {
		UUID callId = UUID.randomUUID();
		List<PublishedEvent> events = CallFixtures.history(callId, 5);
		// The earlier an event, the slower its effect: applied concurrently, they would finish in reverse order.
		for (int i = 0; i < events.size(); i++) {
			this.script.delay(events.get(i).eventId(), Duration.ofMillis(300 - 50L * i));
		}

		events.forEach((event) -> send(event, null));

		await().atMost(TIMEOUT).untilAsserted(() -> StepVerifier.create(appliedInOrder(callId))
			.assertNext((applied) -> assertThat(applied).containsExactlyElementsOf(CallFixtures.ids(events)))
			.expectComplete()
			.verify(TIMEOUT));
	}

	@Test
	void appliesRecordsOfOtherPartitionsWhileOneWaits() {
		PublishedEvent waiting = CallFixtures.opened(UUID.randomUUID());
		PublishedEvent other = CallFixtures.opened(UUID.randomUUID());
		Sinks.Empty<Void> gate = Sinks.empty();

		Mono<Void> first = this.inbox.receive(direct(waiting, 0, 1), "gated",
				(event) -> gate.asMono().then(this.script.record("gated", event)));
		Mono<Void> second = this.inbox.receive(direct(other, 1, 1), "gated", this.script.effectFor("gated"));

		StepVerifier.create(second).expectComplete().verify(TIMEOUT);
		assertEffects(waiting, "gated", 0);
		gate.tryEmitEmpty();
		StepVerifier.create(first).expectComplete().verify(TIMEOUT);
		assertEffects(waiting, "gated", 1);
	}

	@Test
	void appliesTheEventsThatQueuedUpBehindATransactionTogetherInTheNext() {
		UUID callId = UUID.randomUUID();
		List<PublishedEvent> events = CallFixtures.history(callId, 5);
		Sinks.Empty<Void> gate = Sinks.empty();
		Function<PublishedEvent, Mono<Void>> effect = (event) -> gatedFirst(events, gate, "batched", event);

		List<Mono<Void>> received = receiveAll(events, 2, "batched", effect);
		gate.tryEmitEmpty();

		StepVerifier.create(Mono.when(received)).expectComplete().verify(TIMEOUT);
		StepVerifier.create(appliedInOrder(callId, "batched"))
			.expectNext(CallFixtures.ids(events))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(transactionsThatApplied(events.subList(1, events.size()), "batched"))
			.expectNext(1L)
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void appliesTheRestOfABatchAroundEventsThatFailInIt() {
		UUID callId = UUID.randomUUID();
		List<PublishedEvent> events = CallFixtures.history(callId, 5);
		PublishedEvent failingOnce = events.get(2);
		PublishedEvent refused = events.get(3);
		this.script.failFirst(failingOnce.eventId(), 1);
		this.script.refuse(refused.eventId());
		Sinks.Empty<Void> gate = Sinks.empty();
		Function<PublishedEvent, Mono<Void>> effect = (event) -> gatedFirst(events, gate, "rescued", event);

		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.of(this.bootstrapServers, Topics.deadLetter(DIRECT))) {
			List<Mono<Void>> received = receiveAll(events, 3, "rescued", effect);
			gate.tryEmitEmpty();
			StepVerifier.create(Mono.when(received)).expectComplete().verify(TIMEOUT);

			ConsumerRecord<String, byte[]> dead = deadLetters
				.awaitRecord((record) -> callId.toString().equals(record.key()), TIMEOUT);
			assertThat(KafkaTestConsumer.header(dead, "ce_id")).isEqualTo(refused.eventId().toString());
		}
		List<PublishedEvent> applied = events.stream().filter((event) -> !event.equals(refused)).toList();
		StepVerifier.create(appliedInOrder(callId, "rescued"))
			.expectNext(CallFixtures.ids(applied))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.script.attempts(failingOnce.eventId())).hasSize(2);
		assertThat(this.script.attempts(refused.eventId())).hasSize(1);
	}

	@Test
	void givesTheEffectTheCorrelationIdOfTheEvent() {
		PublishedEvent event = CallFixtures.opened(UUID.randomUUID());
		String correlationId = "inbox-" + event.eventId();

		send(event, correlationId);

		await().atMost(TIMEOUT).untilAsserted(() -> StepVerifier.create(this.database
			.sql("select correlation_id from effect where event_id = :id and consumer = :consumer")
			.bind("id", event.eventId())
			.bind("consumer", CallEffects.CONSUMER)
			.map((row) -> row.get("correlation_id", String.class))
			.one()).expectNext(correlationId).expectComplete().verify(TIMEOUT));
	}

	private void send(PublishedEvent event, @Nullable String correlationId) {
		StepVerifier.create(Mono.fromFuture(() -> this.eventKafkaTemplate
			.send(this.cloudEvents.toRecord(CallFixtures.outgoing(event, correlationId, this.json)))))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
	}

	private ConsumerRecord<String, byte[]> direct(PublishedEvent event, int partition, long offset) {
		return CallFixtures.consumed(this.cloudEvents.toRecord(CallFixtures.outgoing(event, null, this.json)), DIRECT,
				partition, offset);
	}

	private void assertEffects(PublishedEvent event, String consumer, long expected) {
		StepVerifier.create(this.database
			.sql("select count(*) as n from effect where event_id = :id and consumer = :consumer")
			.bind("id", event.eventId())
			.bind("consumer", consumer)
			.map((row) -> row.get("n", Long.class))
			.one()).expectNext(expected).expectComplete().verify(TIMEOUT);
	}

	/** The effect of the first event waits for the gate, so the others queue up behind its transaction. */
	private Mono<Void> gatedFirst(List<PublishedEvent> events, Sinks.Empty<Void> gate, String consumer,
			PublishedEvent event) {
		Mono<Void> effect = Mono.defer(() -> this.script.effectFor(consumer).apply(event));
		return event.equals(events.getFirst()) ? gate.asMono().then(effect) : effect;
	}

	private List<Mono<Void>> receiveAll(List<PublishedEvent> events, int partition, String consumer,
			Function<PublishedEvent, Mono<Void>> effect) {
		return IntStream.range(0, events.size())
			.mapToObj((offset) -> this.inbox.receive(direct(events.get(offset), partition, offset), consumer, effect))
			.toList();
	}

	/** How many transactions inserted the effects of the events: rows of one transaction share its {@code xmin}. */
	private Mono<Long> transactionsThatApplied(List<PublishedEvent> events, String consumer) {
		return this.database
			.sql("""
					select count(distinct xmin::text) as n from effect
					where consumer = :consumer and event_id = any(:ids)""")
			.bind("consumer", consumer)
			.bind("ids", events.stream().map(PublishedEvent::eventId).toArray(UUID[]::new))
			.map((row) -> row.get("n", Long.class))
			.one();
	}

	private Mono<List<String>> appliedInOrder(UUID aggregateId) {
		return appliedInOrder(aggregateId, CallEffects.CONSUMER);
	}

	private Mono<List<String>> appliedInOrder(UUID aggregateId, String consumer) {
		return this.database
			.sql("select event_id from effect where aggregate_id = :id and consumer = :consumer order by position")
			.bind("id", aggregateId)
			.bind("consumer", consumer)
			.map((row) -> String.valueOf(row.get("event_id", UUID.class)))
			.all()
			.collectList();
	}

}
