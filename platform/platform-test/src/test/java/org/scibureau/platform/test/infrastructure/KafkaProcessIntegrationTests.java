package org.scibureau.platform.test.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.scibureau.platform.test.events.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.scibureau.platform.test.infrastructure.SharedKafkaIntegrationTests.producer;

class KafkaProcessIntegrationTests {

	@Test
	void isUnreachableWhileStoppedAndRestartsOnTheSamePortWithItsRecords()
			throws InterruptedException, ExecutionException, TimeoutException {
		KafkaProcess broker = TestInfrastructure.newStoppableKafka();
		String bootstrapServers = broker.bootstrapServers();
		try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
			producer.send(record("before-outage")).get(30, TimeUnit.SECONDS);
		}

		broker.stop();

		assertThat(broker.isRunning()).isFalse();
		try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers,
				Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
						ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000))) {
			assertThatExceptionOfType(ExecutionException.class)
				.isThrownBy(() -> producer.send(record("during-outage")).get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
		}

		broker.start();

		assertThat(broker.bootstrapServers()).isEqualTo(bootstrapServers);
		try (KafkaTestConsumer consumer = KafkaTestConsumer.of(bootstrapServers, "outage")) {
			assertThat(consumer.awaitRecord((record) -> "before-outage".equals(record.key()), Duration.ofSeconds(30)))
				.isNotNull();
		}
		broker.kill();
		assertThat(broker.isRunning()).isFalse();
	}

	@Test
	void failsToStartPromptlyWhenItsPortIsTaken() throws IOException {
		try (ServerSocket occupant = new ServerSocket()) {
			occupant.bind(new InetSocketAddress("127.0.0.1", 0));
			KafkaProcess broker = KafkaProcess.builder()
				.port(occupant.getLocalPort())
				.startupTimeout(Duration.ofSeconds(60))
				.build();
			long started = System.nanoTime();

			assertThatIllegalStateException().isThrownBy(broker::start)
				.withMessageContaining("exited with code")
				.withMessageContaining("Address already in use");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(45));
			assertThat(broker.isRunning()).isFalse();
		}
	}

	private static ProducerRecord<String, byte[]> record(String key) {
		return new ProducerRecord<>("outage", key, key.getBytes(StandardCharsets.UTF_8));
	}

}
