package org.scibureau.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scibureau.platform.events.plan.CallClosed;
import org.scibureau.platform.events.plan.PlanEvents;

class EventCatalogTests {

	@Test
	void everyTypeShipsItsSchema() {
		for (EventType<?> type : EventCatalog.all()) {
			assertThat(getClass().getClassLoader().getResource(type.schemaResource()))
				.as("schema of %s", type.type())
				.isNotNull();
		}
	}

	@Test
	void asyncApiDescribesEveryTypeAndTopic() throws IOException {
		String asyncApi;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
			assertThat(in).as("asyncapi.yaml").isNotNull();
			asyncApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		for (EventType<?> type : EventCatalog.all()) {
			assertThat(asyncApi).as("asyncapi.yaml").contains("address: " + type.topic())
				.contains("name: " + type.type())
				.contains("$ref: '" + type.schemaResource() + "'");
		}
	}

	@Test
	void typesAreUnique() {
		assertThat(EventCatalog.all()).extracting(EventType::type).doesNotHaveDuplicates();
		assertThat(EventCatalog.all()).extracting(EventType::javaType).doesNotHaveDuplicates();
	}

	@Test
	void findsTypeOfAnEvent() {
		CallClosed closed = new CallClosed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "CALL-2026-000001",
				UUID.randomUUID(), "510100");

		assertThat(EventCatalog.of(closed)).isEqualTo(PlanEvents.CALL_CLOSED);
		assertThat(EventCatalog.byType("org.scibureau.plan.call.closed.v1")).contains(PlanEvents.CALL_CLOSED);
		assertThat(EventCatalog.byType("org.scibureau.plan.call.reopened.v1")).isEmpty();
	}

	@Test
	void dataSchemaAndDeadLetterTopicFollowTheNamingRules() {
		assertThat(PlanEvents.CALL_OPENED.dataSchema())
			.hasToString("urn:scibureau:schema:org.scibureau.plan.call.opened.v1");
		assertThat(PlanEvents.CALL_OPENED.deadLetterTopic()).isEqualTo("scibureau.plan.call.v1.dlt");
	}

	@Test
	void rejectsMisnamedTypesAndTopics() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EventType<>(CallClosed.class, "CallClosed", PlanEvents.SOURCE, "scibureau.plan.call.v1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new EventType<>(CallClosed.class,
				"org.scibureau.plan.call.closed.v1", PlanEvents.SOURCE, "scibureau-internal.plan.call"));
	}

}
