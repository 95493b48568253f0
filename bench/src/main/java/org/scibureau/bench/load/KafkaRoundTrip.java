package org.scibureau.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

import org.scibureau.bench.Measurement;

/**
 * The bare Kafka reference of the event path: a producer and a consumer in the bench's JVM, on the services'
 * broker, the producer set as the outbox relay's is (acks from all replicas, idempotent, 5 ms linger), sending copies
 * of one real event record (its headers and value, under a key as long as a UUID) at a fixed rate to a topic of its
 * own with as many partitions as the event's topic. A record's latency counts from when it was due to when the
 * consumer's poll returned it, so a stalled broker is not hidden (coordinated omission).
 */
public final class KafkaRoundTrip {

	/** How long records still in flight may take after the last was sent; the rest count as lost. */
	private static final Duration DRAIN = Duration.ofSeconds(10);

	private static final Duration POLL = Duration.ofMillis(20);

	private final String bootstrapServers;

	private final String topic;

	private final int partitions;

	private final List<Header> headers;

	private final byte[] value;

	private KafkaRoundTrip(String bootstrapServers, String topic, int partitions, List<Header> headers,
			byte[] value) {
		this.bootstrapServers = bootstrapServers;
		this.topic = topic;
		this.partitions = partitions;
		this.headers = List.copyOf(headers);
		this.value = value.clone();
	}

	/**
	 * A round trip with copies of the first record of a topic.
	 * @param bootstrapServers the broker
	 * @param source the topic whose first record is copied, which must hold one
	 * @param topic the round trip's own topic, created with as many partitions as {@code source}
	 * @return the round trip
	 * @throws IllegalStateException if the source has no record within 10 s
	 */
	public static KafkaRoundTrip copying(String bootstrapServers, String source, String topic) {
		try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
			List<TopicPartition> partitions = consumer.partitionsFor(source)
				.stream()
				.map((partition) -> new TopicPartition(source, partition.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long deadline = System.nanoTime() + DRAIN.toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
					return new KafkaRoundTrip(bootstrapServers, topic, partitions.size(),
							List.of(record.headers().toArray()), record.value());
				}
			}
			throw new IllegalStateException("No record on " + source + " within " + DRAIN.toSeconds() + " s");
		}
	}

	/** The size of a record's value and headers, in bytes. */
	public int recordBytes() {
		return this.value.length + this.headers.stream().mapToInt((header) -> header.key().length()
				+ ((header.value() != null) ? header.value().length : 0)).sum();
	}

	/**
	 * Sends at a fixed rate and measures each record's trip to the consumer.
	 * @param name the measurement's name
	 * @param target what it measures, e.g. {@code bare Kafka}
	 * @param perSecond the rate
	 * @param warmUp how long to send before measuring
	 * @param duration how long to measure
	 * @return the measurement; records that never arrived are its errors
	 */
	public Measurement openLoop(String name, String target, double perSecond, Duration warmUp, Duration duration) {
		createTopic();
		long interval = (long) (1_000_000_000L / perSecond);
		int warm = (int) (warmUp.toNanos() / interval);
		int measured = (int) Math.max(1, duration.toNanos() / interval);
		Trip trip = new Trip(warm, measured);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicBoolean assigned = new AtomicBoolean();
		Thread receiver = Thread.ofPlatform().name("bench-kafka-round-trip").start(() -> receive(trip, assigned, stop));
		try (KafkaProducer<String, byte[]> producer = producer()) {
			while (!assigned.get() && receiver.isAlive()) {
				LockSupport.parkNanos(POLL.toNanos());
			}
			long start = System.nanoTime();
			for (int i = 0; i < warm + measured; i++) {
				long due = start + i * interval;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				if (i == warm) {
					trip.recording = new Recording(duration);
				}
				trip.due.set(i, due);
				producer.send(new ProducerRecord<>(this.topic, null, "%036d".formatted(i), this.value, this.headers));
			}
			producer.flush();
			long deadline = System.nanoTime() + DRAIN.toNanos();
			while (trip.received.get() < measured && System.nanoTime() < deadline) {
				LockSupport.parkNanos(POLL.toNanos());
			}
		}
		finally {
			stop.set(true);
			try {
				receiver.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Recording recording = Objects.requireNonNull(trip.recording);
		recording.lost(measured - trip.received.get());
		return recording.measurement(name, target);
	}

	private void receive(Trip trip, AtomicBoolean assigned, AtomicBoolean stop) {
		try (KafkaConsumer<String, byte[]> consumer = consumer(this.bootstrapServers)) {
			List<TopicPartition> partitions = IntStream.range(0, this.partitions)
				.mapToObj((partition) -> new TopicPartition(this.topic, partition))
				.toList();
			consumer.assign(partitions);
			consumer.seekToEnd(partitions);
			partitions.forEach(consumer::position);
			assigned.set(true);
			while (!stop.get()) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
					long now = System.nanoTime();
					int sequence = Integer.parseInt(record.key());
					long due = trip.due.get(sequence);
					Recording recording = trip.recording;
					if (sequence >= trip.warm && recording != null) {
						recording.record(due, now, true);
						trip.received.incrementAndGet();
					}
				}
			}
		}
	}

	private void createTopic() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(this.topic, this.partitions, (short) 1))).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Could not create " + this.topic, ex.getCause());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating " + this.topic, ex);
		}
	}

	/** The outbox relay's producer settings (platform-starter's defaults). */
	private KafkaProducer<String, byte[]> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5, ProducerConfig.LINGER_MS_CONFIG, 5),
				new StringSerializer(), new ByteArraySerializer());
	}

	/** A consumer with the listeners' fetch settings (Kafka's defaults), assigned partitions instead of a group. */
	private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
				new ByteArrayDeserializer());
	}

	/** One open-loop run: when each record was due, and what arrived of the measured ones. */
	private static final class Trip {

		private final int warm;

		private final AtomicLongArray due;

		private final AtomicLong received = new AtomicLong();

		/** Set when the first measured record is due, before it is sent. */
		private volatile @Nullable Recording recording;

		Trip(int warm, int measured) {
			this.warm = warm;
			this.due = new AtomicLongArray(warm + measured);
		}

	}

}
