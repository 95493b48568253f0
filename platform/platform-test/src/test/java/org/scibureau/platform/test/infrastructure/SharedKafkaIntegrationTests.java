package org.scibureau.platform.test.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.scibureau.platform.test.events.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SharedKafkaIntegrationTests {

	@Test
	void deliversAProducedRecordWithItsHeadersToAConsumer()
			throws InterruptedException, ExecutionException, TimeoutException {
		String bootstrapServers = TestInfrastructure.kafka().bootstrapServers();
		ProducerRecord<String, byte[]> sent = new ProducerRecord<>("shared.produce-consume", "call-1",
				"{\"title\":\"Call\"}".getBytes(StandardCharsets.UTF_8));
		sent.headers().add("ce_type", "org.scibureau.test.happened.v1".getBytes(StandardCharsets.UTF_8));

		try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
			producer.send(sent).get(30, TimeUnit.SECONDS);
		}

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(bootstrapServers, "shared.produce-consume")) {
			ConsumerRecord<String, byte[]> received = consumer.awaitRecord((record) -> "call-1".equals(record.key()),
					Duration.ofSeconds(30));

			assertThat(KafkaTestConsumer.value(received)).isEqualTo("{\"title\":\"Call\"}");
			assertThat(KafkaTestConsumer.header(received, "ce_type")).isEqualTo("org.scibureau.test.happened.v1");
			assertThat(consumer.records()).containsExactly(received);
		}
	}

	@Test
	void failsAnAwaitThatNoRecordSatisfies() throws InterruptedException, ExecutionException, TimeoutException {
		String bootstrapServers = TestInfrastructure.kafka().bootstrapServers();
		try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
			producer.send(new ProducerRecord<>("shared.no-match", "other", new byte[0])).get(30, TimeUnit.SECONDS);
		}

		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(bootstrapServers, "shared.no-match")) {

			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> consumer.awaitRecord((record) -> "wanted".equals(record.key()),
						Duration.ofSeconds(5)))
				.withMessageContaining("No matching record on shared.no-match")
				.withMessageContaining("key=other");
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> consumer.assertNoRecord((record) -> "other".equals(record.key()),
						Duration.ofSeconds(1)))
				.withMessageContaining("Unexpected record");
		}
	}

	static KafkaProducer<String, byte[]> producer(String bootstrapServers, Map<String, Object> extraConfig) {
		Map<String, Object> config = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
		config.putAll(extraConfig);
		return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
	}

	static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
		return producer(bootstrapServers, Map.of());
	}

}
