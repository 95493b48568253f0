package org.scibureau.platform.cloudevents;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.events.EventCatalog;
import org.scibureau.platform.events.EventType;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.observability.CorrelationId;

/**
 * Maps events to and from Kafka records in CloudEvents 1.0 binary mode: the attributes travel as {@code ce_*}
 * headers ({@code ce_specversion}, {@code ce_id}, {@code ce_source}, {@code ce_type}, {@code ce_subject},
 * {@code ce_time}, {@code ce_dataschema}, {@code ce_correlationid}) plus {@code content-type}, and the record
 * value is the JSON data.
 * <p>
 * The data is (de)serialised with the application's Jackson 3 mapper; the CloudEvents SDK's own JSON format
 * module is not used because it brings Jackson 2.
 */
public final class CloudEventRecords {

	/** The CloudEvents extension attribute carrying the correlation id. */
	public static final String CORRELATION_EXTENSION = "correlationid";

	private final JsonMapper json;

	public CloudEventRecords(JsonMapper json) {
		this.json = json;
	}

	/** The Kafka record of an outgoing event, keyed by its aggregate id. */
	public ProducerRecord<String, byte[]> toRecord(OutgoingEvent event) {
		CloudEventBuilder builder = CloudEventBuilder.v1()
			.withId(event.id().toString())
			.withSource(URI.create(event.source()))
			.withType(event.type())
			.withSubject(event.key())
			.withTime(event.time().atOffset(ZoneOffset.UTC))
			.withDataSchema(URI.create(event.dataSchema()))
			.withDataContentType(MediaType.APPLICATION_JSON_VALUE)
			.withData(event.data());
		if (event.correlationId() != null) {
			builder.withExtension(CORRELATION_EXTENSION, event.correlationId());
		}
		return KafkaMessageFactory.<String>createWriter(event.topic(), event.key()).writeBinary(builder.build());
	}

	/**
	 * Reads a consumed record.
	 * @throws EventDecodingException when the record is not a CloudEvent, or its data does not match its type
	 */
	public IncomingEvent fromRecord(ConsumerRecord<?, byte[]> record) {
		CloudEvent cloudEvent;
		try {
			cloudEvent = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
		}
		catch (CloudEventRWException | IllegalStateException ex) {
			throw new EventDecodingException("Record " + record.topic() + "-" + record.partition() + "@"
					+ record.offset() + " is not a CloudEvent", ex);
		}
		UUID id = parseId(cloudEvent.getId());
		Object extension = cloudEvent.getExtension(CORRELATION_EXTENSION);
		// Logged and passed on to the events the effect publishes: one unsafe to log is replaced, as a request's is.
		@Nullable String correlationId = (extension != null) ? CorrelationId.acceptOrGenerate(extension.toString())
				: null;
		PublishedEvent event = EventCatalog.byType(cloudEvent.getType())
			.map((type) -> decode(type, cloudEvent.getData()))
			.orElse(null);
		return new IncomingEvent(id, cloudEvent.getType(), cloudEvent.getSource().toString(), cloudEvent.getSubject(),
				cloudEvent.getTime(), correlationId, event);
	}

	private PublishedEvent decode(EventType<?> type, CloudEventData data) {
		if (data == null) {
			throw new EventDecodingException("Event of type " + type.type() + " has no data");
		}
		try {
			return this.json.readValue(data.toBytes(), type.javaType());
		}
		catch (JacksonException ex) {
			throw new EventDecodingException("Data of " + type.type() + " does not match its schema", ex);
		}
	}

	private static UUID parseId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new EventDecodingException("CloudEvent id " + id + " is not a UUID", ex);
		}
	}

}
