package org.scibureau.platform.testapp;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.cloudevents.OutgoingEvent;
import org.scibureau.platform.events.EventCatalog;
import org.scibureau.platform.events.EventType;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.plan.CallClosed;
import org.scibureau.platform.events.plan.CallOpened;
import org.scibureau.platform.test.events.KafkaTestConsumer;

/**
 * Events of the contract to publish and consume in tests, since only the contract's types are accepted.
 */
public final class CallFixtures {

	private CallFixtures() {
	}

	/** A call opening now. */
	public static CallOpened opened(UUID callId) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return new CallOpened(UUID.randomUUID(), now, callId, "CALL-2026-000001", UUID.randomUUID(), UUID.randomUUID(),
				"Test call " + callId, now, now.plus(Duration.ofDays(30)), "510100");
	}

	/** The call closing now. */
	public static CallClosed closed(UUID callId) {
		return new CallClosed(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), callId,
				"CALL-2026-000001", UUID.randomUUID(), "510100");
	}

	/** Events about one call: it opens, then closes and opens again, alternately. */
	public static List<PublishedEvent> history(UUID callId, int length) {
		return IntStream.range(0, length)
			.<PublishedEvent>mapToObj((index) -> (index % 2 == 0) ? opened(callId) : closed(callId))
			.toList();
	}

	/** The event as the outbox stores it and the relay publishes it. */
	public static OutgoingEvent outgoing(PublishedEvent event, @Nullable String correlationId, JsonMapper json) {
		EventType<?> type = EventCatalog.of(event);
		return new OutgoingEvent(event.eventId(), type.topic(), event.aggregateId().toString(), type.type(),
				type.source(), type.dataSchema().toString(), event.occurredAt(), correlationId,
				json.writeValueAsBytes(event));
	}

	/** The record a consumer of {@code topic} would receive for a produced record, with its headers. */
	public static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> produced, String topic,
			int partition, long offset) {
		return new ConsumerRecord<>(topic, partition, offset, System.currentTimeMillis(), TimestampType.CREATE_TIME,
				-1, -1, produced.key(), produced.value(), produced.headers(), Optional.empty());
	}

	/** The ids of the events with this key, in the order of their first occurrence on the topic. */
	public static List<String> firstOccurrences(List<ConsumerRecord<String, byte[]>> records, String key) {
		return records.stream()
			.filter((record) -> key.equals(record.key()))
			.map((record) -> KafkaTestConsumer.header(record, "ce_id"))
			.distinct()
			.toList();
	}

	/** The ids of events, as they appear in {@code ce_id}. */
	public static List<String> ids(List<? extends PublishedEvent> events) {
		return events.stream().map((event) -> event.eventId().toString()).toList();
	}

}
