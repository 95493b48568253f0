package org.scibureau.platform.test.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.events.EventCatalog;
import org.scibureau.platform.events.EventType;
import org.scibureau.platform.events.PublishedEvent;

/**
 * Publishes events of the contract the way their producing service will, for tests of a consuming service: a
 * CloudEvent in Kafka binary mode, keyed by aggregate id. It writes the records itself from the CloudEvents spec and
 * the event catalog (not with platform-starter's mapping), and refuses a body its schema does not allow, so a test
 * cannot feed a consumer an event no producer may send.
 *
 * <pre>{@code
 * try (KafkaTestProducer producer = KafkaTestProducer.of(bootstrapServers)) {
 *     producer.send(new FundsCommitted(...));
 * }
 * }</pre>
 */
public final class KafkaTestProducer implements AutoCloseable {

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.shared();

	private final KafkaProducer<String, byte[]> producer;

	private KafkaTestProducer(KafkaProducer<String, byte[]> producer) {
		this.producer = producer;
	}

	/** A producer for the broker; close it after use. */
	public static KafkaTestProducer of(String bootstrapServers) {
		return new KafkaTestProducer(new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new StringSerializer(), new ByteArraySerializer()));
	}

	/**
	 * Publishes the event on its topic and waits until the broker has it.
	 * @throws AssertionError if the event's body does not match its schema
	 */
	public void send(PublishedEvent event) {
		send(event, event.aggregateId().toString());
	}

	/**
	 * Publishes the event under another key than its aggregate's, so that it lands on another partition than its
	 * siblings: a redelivery that another consumer may take at the same time as the first delivery.
	 * @throws AssertionError if the event's body does not match its schema
	 */
	public void send(PublishedEvent event, String key) {
		EventType<?> type = EventCatalog.of(event);
		String body = JSON.writeValueAsString(event);
		EventSchemas.assertValid(type.type(), body);
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), key,
				body.getBytes(StandardCharsets.UTF_8));
		Headers headers = record.headers();
		header(headers, "ce_specversion", "1.0");
		header(headers, "ce_id", event.eventId().toString());
		header(headers, "ce_source", type.source());
		header(headers, "ce_type", type.type());
		header(headers, "ce_subject", event.aggregateId().toString());
		header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
		header(headers, "ce_dataschema", type.dataSchema().toString());
		header(headers, "content-type", "application/json");
		send(record);
	}

	/** Publishes raw bytes, e.g. a record that is not a CloudEvent, and waits until the broker has it. */
	public void sendRaw(String topic, String key, byte[] value) {
		send(new ProducerRecord<>(topic, key, value));
	}

	private void send(ProducerRecord<String, byte[]> record) {
		try {
			this.producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending to " + record.topic(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not send to " + record.topic(), ex);
		}
	}

	private static void header(Headers headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(5));
	}

}
