package org.scibureau.funding.opencall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.cloudevents.CloudEventRecords;
import org.scibureau.platform.cloudevents.OutgoingEvent;
import org.scibureau.platform.events.EventCatalog;
import org.scibureau.platform.events.EventType;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.Topics;
import org.scibureau.platform.events.plan.CallClosed;
import org.scibureau.platform.events.plan.CallOpened;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.inbox.Inbox;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.spring.RealInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "funding")
class OpenCallsIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	KafkaTemplate<String, byte[]> eventKafkaTemplate;

	@Autowired
	CloudEventRecords cloudEvents;

	@Autowired
	JsonMapper json;

	@Autowired
	DatabaseClient database;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	WebTestClient http;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void listsACallOnceItOpensAndDropsItWhenItCloses() {
		CallOpened opened = opened("Biomedicine 2026");

		send(opened);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(openCallIds()).contains(opened.callId().toString()));
		send(new CallClosed(UUID.randomUUID(), Instant.now(), opened.callId(), opened.reference(), opened.programId(),
				"510100"));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(openCallIds()).doesNotContain(opened.callId().toString()));
	}

	@Test
	void appliesARedeliveredEventOnce() {
		CallOpened opened = opened("Duplicate delivery");
		CallOpened marker = opened("Marker after the duplicate");

		send(opened);
		send(opened);
		send(marker);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(openCallIds()).contains(marker.callId().toString()));
		StepVerifier.create(versionOf(opened.callId())).expectNext(0L).expectComplete().verify(Duration.ofSeconds(10));
		StepVerifier.create(this.database.sql("select count(*) as n from platform.inbox where event_id = :id")
			.bind("id", opened.eventId())
			.map((row) -> row.get("n", Long.class))
			.one()).expectNext(1L).expectComplete().verify(Duration.ofSeconds(10));
	}

	@Test
	void sendsAPoisonRecordToTheDeadLetterTopicAndKeepsConsuming() {
		String poisonKey = UUID.randomUUID().toString();
		CallOpened after = opened("After the poison");

		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.of(this.bootstrapServers, Topics.deadLetter(PlanTopics.CALL))) {
			this.eventKafkaTemplate.send(new ProducerRecord<>(PlanTopics.CALL, poisonKey,
					"{not a cloud event".getBytes(StandardCharsets.UTF_8)));
			send(after);

			var dead = deadLetters.awaitRecord((record) -> poisonKey.equals(record.key()), Duration.ofSeconds(60));
			assertThat(KafkaTestConsumer.header(dead, Inbox.DLT_CONSUMER)).isEqualTo(CallEventsListener.CONSUMER);
			assertThat(KafkaTestConsumer.header(dead, Inbox.DLT_EXCEPTION)).endsWith("EventDecodingException");
			assertThat(KafkaTestConsumer.header(dead, Inbox.DLT_ORIGIN)).startsWith(PlanTopics.CALL + "-");
		}
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(openCallIds()).contains(after.callId().toString()));
	}

	@Test
	void refusesApplicantsAndAnonymousCallers() {
		this.http.get().uri("/api/funding/open-calls").exchange().expectStatus().isUnauthorized();
		this.http.get().uri("/api/funding/open-calls")
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().token().roles("applicant").build()))
			.exchange()
			.expectStatus().isForbidden();
	}

	private List<String> openCallIds() {
		Map<String, Object> page = this.http.get().uri("/api/funding/open-calls?limit=500")
			.headers((headers) -> headers.setBearerAuth(
					TestTokens.shared().token().roles("finance-officer").jurisdiction("510100").build()))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
		return items.stream().map((item) -> (String) item.get("callId")).toList();
	}

	private Mono<Long> versionOf(UUID callId) {
		return this.database.sql("select version from open_call where call_id = :id")
			.bind("id", callId)
			.map((row) -> row.get("version", Long.class))
			.one();
	}

	private void send(PublishedEvent event) {
		EventType<?> type = EventCatalog.of(event);
		OutgoingEvent outgoing = new OutgoingEvent(event.eventId(), type.topic(), event.aggregateId().toString(),
				type.type(), type.source(), type.dataSchema().toString(), event.occurredAt(), "test-correlation",
				this.json.writeValueAsBytes(event));
		this.eventKafkaTemplate.send(this.cloudEvents.toRecord(outgoing));
	}

	private static CallOpened opened(String title) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return new CallOpened(UUID.randomUUID(), now, UUID.randomUUID(), "CALL-2026-000001", UUID.randomUUID(),
				UUID.randomUUID(), title + " " + UUID.randomUUID(), now, now.plus(Duration.ofDays(30)), "510100");
	}

}
