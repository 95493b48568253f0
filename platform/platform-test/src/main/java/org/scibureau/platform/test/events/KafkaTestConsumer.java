package org.scibureau.platform.test.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;

/**
 * Reads one topic from its beginning, in a consumer group of its own, for assertions on what a service published.
 * <p>
 * Not thread-safe; use it from the test's thread and close it.
 *
 * <pre>{@code
 * try (KafkaTestConsumer consumer = KafkaTestConsumer.of(bootstrapServers, "scibureau.plan.call.v1")) {
 *     ConsumerRecord<String, byte[]> opened = consumer.awaitRecord(
 *         (record) -> "org.scibureau.plan.call.opened.v1".equals(KafkaTestConsumer.header(record, "ce_type")),
 *         Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class KafkaTestConsumer implements AutoCloseable {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

	private final KafkaConsumer<String, byte[]> consumer;

	private final String topic;

	private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

	private KafkaTestConsumer(KafkaConsumer<String, byte[]> consumer, String topic) {
		this.consumer = consumer;
		this.topic = topic;
	}

	/**
	 * Subscribes to a topic from its earliest offset.
	 * @param bootstrapServers the broker
	 * @param topic the topic; it may not exist yet
	 * @return a consumer to close after use
	 */
	public static KafkaTestConsumer of(String bootstrapServers, String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-consumer-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer());
		consumer.subscribe(List.of(topic));
		return new KafkaTestConsumer(consumer, topic);
	}

	/**
	 * Waits for a record that matches, looking first at the records already received.
	 * @param predicate what the record must satisfy
	 * @param timeout how long to wait
	 * @return the first matching record, with its key, value and headers
	 * @throws AssertionError if no record matches within the timeout
	 */
	public ConsumerRecord<String, byte[]> awaitRecord(Predicate<ConsumerRecord<String, byte[]>> predicate,
			Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		int examined = 0;
		while (true) {
			for (; examined < received.size(); examined++) {
				if (predicate.test(received.get(examined))) {
					return received.get(examined);
				}
			}
			if (!Instant.now().isBefore(deadline)) {
				throw new AssertionError("No matching record on " + topic + " within " + timeout + "; received "
						+ received.size() + ": " + describe(received));
			}
			poll(deadline);
		}
	}

	/**
	 * Waits the whole duration and asserts that no record matches, for checking that something did not happen
	 * (a redelivered event with no second effect).
	 * @param predicate what no record may satisfy
	 * @param duration how long to watch
	 * @throws AssertionError naming the first matching record
	 */
	public void assertNoRecord(Predicate<ConsumerRecord<String, byte[]>> predicate, Duration duration) {
		Instant deadline = Instant.now().plus(duration);
		while (Instant.now().isBefore(deadline)) {
			poll(deadline);
		}
		Optional<ConsumerRecord<String, byte[]>> match = received.stream().filter(predicate).findFirst();
		if (match.isPresent()) {
			throw new AssertionError("Unexpected record on " + topic + ": " + describe(List.of(match.get())));
		}
	}

	/**
	 * The records received so far, after fetching what the broker has ready now.
	 * @return the records in the order received
	 */
	public List<ConsumerRecord<String, byte[]>> records() {
		poll(Instant.now().plus(POLL_INTERVAL));
		return List.copyOf(received);
	}

	/**
	 * A header's value as text.
	 * @param record the record
	 * @param name the header, for example {@code ce_type}
	 * @return the last value of the header in UTF-8, or {@code null} if absent
	 */
	public static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * A record's value as text.
	 * @param record the record
	 * @return the value in UTF-8, or {@code null} for a tombstone
	 */
	public static @Nullable String value(ConsumerRecord<?, byte[]> record) {
		return (record.value() != null) ? new String(record.value(), StandardCharsets.UTF_8) : null;
	}

	@Override
	public void close() {
		consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
	}

	private void poll(Instant deadline) {
		Duration remaining = Duration.between(Instant.now(), deadline);
		Duration wait = (remaining.compareTo(POLL_INTERVAL) < 0) ? remaining : POLL_INTERVAL;
		consumer.poll(wait.isNegative() ? Duration.ZERO : wait).forEach(received::add);
	}

	private static String describe(List<ConsumerRecord<String, byte[]>> records) {
		StringBuilder description = new StringBuilder();
		records.stream().limit(20).forEach((record) -> description.append("\n  ")
			.append(record.partition())
			.append('@')
			.append(record.offset())
			.append(" key=")
			.append(record.key())
			.append(" ce_type=")
			.append(header(record, "ce_type"))
			.append(" value=")
			.append(value(record)));
		return description.toString();
	}

}
