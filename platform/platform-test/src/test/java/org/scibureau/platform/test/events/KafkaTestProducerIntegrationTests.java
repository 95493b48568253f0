package org.scibureau.platform.test.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.scibureau.platform.events.funding.FundingTopics;
import org.scibureau.platform.events.Tranche;
import org.scibureau.platform.events.funding.FundsCommitted;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;

class KafkaTestProducerIntegrationTests {

	private final String bootstrapServers = TestInfrastructure.kafka().bootstrapServers();

	@Test
	void publishesAnEventAsABinaryModeCloudEventKeyedByItsAggregate() {
		FundsCommitted committed = committed("510100");

		try (KafkaTestProducer producer = KafkaTestProducer.of(this.bootstrapServers);
				KafkaTestConsumer consumer = KafkaTestConsumer.of(this.bootstrapServers, FundingTopics.ALLOCATION)) {
			producer.send(committed);

			ConsumerRecord<String, byte[]> record = consumer.awaitRecord(
					(candidate) -> committed.allocationId().toString().equals(candidate.key()), Duration.ofSeconds(30));
			assertThat(KafkaTestConsumer.header(record, "ce_specversion")).isEqualTo("1.0");
			assertThat(KafkaTestConsumer.header(record, "ce_id")).isEqualTo(committed.eventId().toString());
			assertThat(KafkaTestConsumer.header(record, "ce_type")).isEqualTo("org.scibureau.funding.allocation.committed.v1");
			assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/scibureau/funding-service");
			assertThat(KafkaTestConsumer.header(record, "ce_subject")).isEqualTo(committed.allocationId().toString());
			assertThat(KafkaTestConsumer.header(record, "ce_time")).isEqualTo("2026-05-01T08:00:00Z");
			assertThat(KafkaTestConsumer.header(record, "content-type")).isEqualTo("application/json");
			assertThat(KafkaTestConsumer.value(record)).contains("\"amount\":800000.00")
				.contains("\"occurredAt\":\"2026-05-01T08:00:00Z\"");
		}
	}

	@Test
	void refusesAnEventItsSchemaDoesNotAllow() {
		try (KafkaTestProducer producer = KafkaTestProducer.of(this.bootstrapServers)) {
			assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> producer.send(committed("Chengdu")))
				.withMessageContaining("org.scibureau.funding.allocation.committed.v1");
		}
	}

	private static FundsCommitted committed(String jurisdiction) {
		return new FundsCommitted(UUID.randomUUID(), Instant.parse("2026-05-01T08:00:00Z"), UUID.randomUUID(),
				UUID.randomUUID(), 1, UUID.randomUUID(), UUID.randomUUID(), 2026, new BigDecimal("800000.00"),
				List.of(new Tranche(1, new BigDecimal("800000.00"), "CONTRACT_SIGNED", null)),
				jurisdiction);
	}

}
