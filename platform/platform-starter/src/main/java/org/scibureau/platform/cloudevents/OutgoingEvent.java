package org.scibureau.platform.cloudevents;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event ready to be published: the CloudEvents attributes and the JSON data, as stored in the outbox.
 *
 * @param id the CloudEvents {@code id}
 * @param topic the Kafka topic
 * @param key the record key and CloudEvents {@code subject}: the aggregate id
 * @param type the CloudEvents {@code type}
 * @param source the CloudEvents {@code source}
 * @param dataSchema the CloudEvents {@code dataschema}
 * @param time the CloudEvents {@code time}
 * @param correlationId the correlation id of the request that caused the event, if any
 * @param data the JSON data
 */
public record OutgoingEvent(UUID id, String topic, String key, String type, String source, String dataSchema,
		Instant time, @Nullable String correlationId, byte[] data) {
}
