package org.scibureau.funding.allocation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.events.funding.FundingTopics;
import org.scibureau.platform.test.events.EventSchemas;
import org.scibureau.platform.test.events.KafkaTestConsumer;

/**
 * What funding-service publishes on its allocation topic, as tests wait for it: each event checked against its
 * schema.
 */
final class AllocationEvents implements AutoCloseable {

	static final String COMMITTED = "org.scibureau.funding.allocation.committed.v1";

	static final String REJECTED = "org.scibureau.funding.allocation.rejected.v1";

	static final String DISBURSED = "org.scibureau.funding.tranche.disbursed.v1";

	static final String FROZEN = "org.scibureau.funding.allocation.frozen.v1";

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final KafkaTestConsumer consumer;

	private final JsonMapper json;

	AllocationEvents(String bootstrapServers, JsonMapper json) {
		this.consumer = KafkaTestConsumer.of(bootstrapServers, FundingTopics.ALLOCATION);
		this.json = json;
	}

	/** The answer committing the project's funds. */
	JsonNode committed(UUID projectId) {
		return await(COMMITTED, (body) -> projectId.toString().equals(body.get("projectId").asString()));
	}

	/** The payment of a tranche. */
	JsonNode disbursed(String allocationId, int sequence) {
		return await(DISBURSED, (body) -> allocationId.equals(body.get("allocationId").asString())
				&& body.get("sequence").asInt() == sequence);
	}

	/** A freeze of an allocation, for a reason. */
	JsonNode frozen(String allocationId, String reason) {
		return await(FROZEN, (body) -> allocationId.equals(body.get("allocationId").asString())
				&& reason.equals(body.get("reason").asString()));
	}

	/** The first event of the type whose body matches, once it comes. */
	JsonNode await(String type, Predicate<JsonNode> matching) {
		return this.json.readTree(awaitRecord(type, matching).value());
	}

	/** The same, as the record. */
	ConsumerRecord<String, byte[]> awaitRecord(String type, Predicate<JsonNode> matching) {
		ConsumerRecord<String, byte[]> record = this.consumer
			.awaitRecord((candidate) -> is(candidate, type) && matching.test(body(candidate)), TIMEOUT);
		EventSchemas.assertValid(type, new String(record.value(), StandardCharsets.UTF_8));
		return record;
	}

	/** Watches for a while and asserts that no event but {@code except} matches. */
	void assertNoOther(String type, Predicate<JsonNode> matching, @Nullable ConsumerRecord<String, byte[]> except) {
		this.consumer.assertNoRecord(
				(record) -> record != except && is(record, type) && matching.test(body(record)),
				Duration.ofSeconds(3));
	}

	private static boolean is(ConsumerRecord<String, byte[]> record, String type) {
		return type.equals(KafkaTestConsumer.header(record, "ce_type"));
	}

	private JsonNode body(ConsumerRecord<String, byte[]> record) {
		return this.json.readTree(record.value());
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
