package org.scibureau.platform.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.plan.CallClosed;
import org.scibureau.platform.events.plan.CallOpened;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.testapp.CallFixtures;

class CloudEventRecordsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final CloudEventRecords cloudEvents = new CloudEventRecords(this.json);

	@Test
	void writesTheAttributesAsBinaryModeHeadersAndTheDataAsTheValue() {
		CallOpened opened = CallFixtures.opened(UUID.randomUUID());

		ProducerRecord<String, byte[]> record = this.cloudEvents.toRecord(CallFixtures.outgoing(opened, "corr-1", this.json));

		assertThat(record.topic()).isEqualTo(PlanTopics.CALL);
		assertThat(record.key()).isEqualTo(opened.callId().toString());
		Map<String, @Nullable String> headers = headers(record);
		// RFC 3339 allows any number of fraction digits (the SDK writes .54Z where Instant.toString writes .540Z).
		assertThat(Instant.parse(String.valueOf(headers.remove("ce_time")))).isEqualTo(opened.occurredAt());
		assertThat(headers).containsOnly(Map.entry("ce_specversion", "1.0"),
				Map.entry("ce_id", opened.eventId().toString()), Map.entry("ce_source", "/scibureau/plan-service"),
				Map.entry("ce_type", "org.scibureau.plan.call.opened.v1"),
				Map.entry("ce_subject", opened.callId().toString()),
				Map.entry("ce_dataschema", "urn:scibureau:schema:org.scibureau.plan.call.opened.v1"),
				Map.entry("ce_correlationid", "corr-1"), Map.entry("content-type", "application/json"));
		assertThat(this.json.readValue(record.value(), CallOpened.class)).isEqualTo(opened);
	}

	@Test
	void leavesTheCorrelationIdOutWhenThereIsNone() {
		ProducerRecord<String, byte[]> record = this.cloudEvents
			.toRecord(CallFixtures.outgoing(CallFixtures.opened(UUID.randomUUID()), null, this.json));

		assertThat(record.headers().lastHeader("ce_correlationid")).isNull();
	}

	@Test
	void readsBackWhatItWrote() {
		CallClosed closed = CallFixtures.closed(UUID.randomUUID());

		IncomingEvent incoming = this.cloudEvents.fromRecord(consumed(CallFixtures.outgoing(closed, "corr-2", this.json)));

		assertThat(incoming.id()).isEqualTo(closed.eventId());
		assertThat(incoming.type()).isEqualTo("org.scibureau.plan.call.closed.v1");
		assertThat(incoming.source()).isEqualTo("/scibureau/plan-service");
		assertThat(incoming.subject()).isEqualTo(closed.callId().toString());
		assertThat(incoming.time()).isNotNull();
		assertThat(incoming.time().toInstant()).isEqualTo(closed.occurredAt());
		assertThat(incoming.correlationId()).isEqualTo("corr-2");
		assertThat(incoming.event()).isEqualTo(closed);
		assertThat(incoming.known()).contains(closed);
	}

	@Test
	void replacesACorrelationIdThatIsUnsafeToLogWithAFreshOne() {
		ConsumerRecord<String, byte[]> record = consumed(
				CallFixtures.outgoing(CallFixtures.closed(UUID.randomUUID()), "corr-3", this.json));
		replace(record, "ce_correlationid", "corr-3\nERROR forged log line");

		IncomingEvent incoming = this.cloudEvents.fromRecord(record);

		assertThat(incoming.correlationId()).isNotNull().doesNotContain("\n", "forged").matches("[0-9a-f-]{36}");
	}

	@Test
	void ignoresMembersItDoesNotKnow() {
		CallClosed closed = CallFixtures.closed(UUID.randomUUID());
		String data = new String(this.json.writeValueAsBytes(closed), StandardCharsets.UTF_8)
			.replaceFirst("\\}$", ",\"addedInALaterRelease\":{\"x\":1}}");

		IncomingEvent incoming = this.cloudEvents.fromRecord(consumed(closed, data));

		assertThat(incoming.event()).isEqualTo(closed);
	}

	@Test
	void passesOnAnEventOfATypeOutsideTheContractUndecoded() {
		ConsumerRecord<String, byte[]> record = consumed(CallFixtures.outgoing(CallFixtures.opened(UUID.randomUUID()), null,
				this.json));
		replace(record, "ce_type", "org.scibureau.awards.award.granted.v1");

		IncomingEvent incoming = this.cloudEvents.fromRecord(record);

		assertThat(incoming.type()).isEqualTo("org.scibureau.awards.award.granted.v1");
		assertThat(incoming.event()).isNull();
		assertThat(incoming.known()).isEmpty();
	}

	@Test
	void refusesARecordThatIsNotACloudEvent() {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(PlanTopics.CALL, 2, 17, "key",
				"{not a cloud event".getBytes(StandardCharsets.UTF_8));

		assertThatExceptionOfType(EventDecodingException.class).isThrownBy(() -> this.cloudEvents.fromRecord(record))
			.withMessage("Record " + PlanTopics.CALL + "-2@17 is not a CloudEvent");
	}

	@Test
	void refusesAStructuredModeRecord() {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(PlanTopics.CALL, 0, 1, "key",
				"{\"specversion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8));
		record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));

		assertThatExceptionOfType(EventDecodingException.class).isThrownBy(() -> this.cloudEvents.fromRecord(record));
	}

	@Test
	void refusesARecordWithoutARequiredAttribute() {
		ConsumerRecord<String, byte[]> record = consumed(CallFixtures.outgoing(CallFixtures.opened(UUID.randomUUID()), null,
				this.json));
		record.headers().remove("ce_id");

		assertThatExceptionOfType(EventDecodingException.class).isThrownBy(() -> this.cloudEvents.fromRecord(record));
	}

	@Test
	void refusesAnIdThatIsNotAUuid() {
		ConsumerRecord<String, byte[]> record = consumed(CallFixtures.outgoing(CallFixtures.opened(UUID.randomUUID()), null,
				this.json));
		replace(record, "ce_id", "event-17");

		assertThatExceptionOfType(EventDecodingException.class).isThrownBy(() -> this.cloudEvents.fromRecord(record))
			.withMessageContaining("event-17 is not a UUID");
	}

	@Test
	void refusesAKnownTypeWithoutData() {
		CallOpened opened = CallFixtures.opened(UUID.randomUUID());
		ConsumerRecord<String, byte[]> withData = consumed(CallFixtures.outgoing(opened, null, this.json));
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(withData.topic(), 0, 0, withData.key(), null);
		withData.headers().forEach((header) -> record.headers().add(header));

		assertThatExceptionOfType(EventDecodingException.class).isThrownBy(() -> this.cloudEvents.fromRecord(record))
			.withMessageContaining("has no data");
	}

	@Test
	void refusesDataThatDoesNotMatchItsType() {
		CallOpened opened = CallFixtures.opened(UUID.randomUUID());

		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.cloudEvents.fromRecord(consumed(opened, "{\"eventId\": \"not-a-uuid\"}")))
			.withMessage("Data of org.scibureau.plan.call.opened.v1 does not match its schema");
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.cloudEvents.fromRecord(consumed(opened, "{\"eventId\": ")));
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.cloudEvents.fromRecord(consumed(opened, "[]")));
	}

	private ConsumerRecord<String, byte[]> consumed(OutgoingEvent event) {
		return CallFixtures.consumed(this.cloudEvents.toRecord(event), event.topic(), 0, 0);
	}

	/** The record of the event, with other data. */
	private ConsumerRecord<String, byte[]> consumed(PublishedEvent event, String data) {
		OutgoingEvent outgoing = CallFixtures.outgoing(event, null, this.json);
		return consumed(new OutgoingEvent(outgoing.id(), outgoing.topic(), outgoing.key(), outgoing.type(),
				outgoing.source(), outgoing.dataSchema(), outgoing.time(), outgoing.correlationId(),
				data.getBytes(StandardCharsets.UTF_8)));
	}

	private static void replace(ConsumerRecord<?, ?> record, String header, String value) {
		record.headers().remove(header);
		record.headers().add(header, value.getBytes(StandardCharsets.UTF_8));
	}

	private static Map<String, @Nullable String> headers(ProducerRecord<?, ?> record) {
		Map<String, @Nullable String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), (header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null);
		}
		return headers;
	}

}
