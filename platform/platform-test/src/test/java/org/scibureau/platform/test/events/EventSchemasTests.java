package org.scibureau.platform.test.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class EventSchemasTests {

	private static final String TYPE = "org.scibureau.test.grant.awarded.v1";

	private static final String VALID = """
			{"eventId": "0190f5a2-7c3e-7d4b-9a1e-2f3c4d5e6f70", "occurredAt": "2026-03-01T08:00:00Z",
			 "grantId": "0190f5a2-7c3e-7d4b-9a1e-2f3c4d5e6f71", "amount": 120000.50, "jurisdiction": "510100",
			 "addedLater": "consumers ignore unknown fields"}
			""";

	@Test
	void acceptsAValidBody() {
		assertThatNoException().isThrownBy(() -> EventSchemas.assertValid(TYPE, VALID));
		assertThat(EventSchemas.violations(TYPE, VALID)).isEmpty();
	}

	@Test
	void listsEveryViolation() {
		String invalid = """
				{"eventId": "not-a-uuid", "occurredAt": "yesterday", "amount": 1.005, "jurisdiction": "5101"}
				""";

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> EventSchemas.assertValid(TYPE, invalid))
			.withMessageContaining(TYPE)
			.withMessageContaining("grantId")
			.withMessageContaining("eventId")
			.withMessageContaining("occurredAt")
			.withMessageContaining("amount")
			.withMessageContaining("jurisdiction");
		assertThat(EventSchemas.violations(TYPE, invalid)).hasSize(5);
	}

	@Test
	void checksTypesInReferencedSchemas() {
		String negativeAmount = VALID.replace("120000.50", "-1");

		assertThat(EventSchemas.violations(TYPE, negativeAmount)).singleElement()
			.asString()
			.contains("amount");
	}

	@Test
	void failsForATypeWithoutASchema() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> EventSchemas.assertValid("org.scibureau.test.grant.revoked.v1", VALID))
			.withMessageContaining("Unknown event type org.scibureau.test.grant.revoked.v1");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> EventSchemas.assertValid("../secrets", VALID))
			.withMessageContaining("Not an event type");
	}

	@Test
	void failsForABodyThatIsNotJson() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> EventSchemas.assertValid(TYPE, "{\"eventId\":"))
			.withMessageContaining("is not JSON");
	}

	@Test
	void failsForABodyThatIsNotAnObject() {
		assertThat(EventSchemas.violations(TYPE, "[]")).isNotEmpty();
	}

}
