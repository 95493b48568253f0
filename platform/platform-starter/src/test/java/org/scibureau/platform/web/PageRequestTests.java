package org.scibureau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTests {

	@Test
	void defaultsToFiftyItemsFromTheStart() {
		PageRequest page = PageRequest.of(null, null);

		assertThat(page.limit()).isEqualTo(50);
		assertThat(page.cursor()).isNull();
		assertThat(page.fetchSize()).isEqualTo(51);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 17, 500 })
	void acceptsLimitsFromOneToFiveHundred(int limit) {
		assertThat(PageRequest.of(limit, null).limit()).isEqualTo(limit);
	}

	@ParameterizedTest
	@ValueSource(ints = { Integer.MIN_VALUE, -1, 0, 501, Integer.MAX_VALUE })
	void refusesALimitOutOfRangeNamingTheRange(int limit) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> PageRequest.of(limit, null))
			.satisfies((problem) -> {
				assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
				assertThat(problem.errors()).singleElement().satisfies((violation) -> {
					assertThat(violation.field()).isEqualTo("limit");
					assertThat(violation.code()).isEqualTo("limit-out-of-range");
					assertThat(violation.arguments()).containsExactly(1, 500);
				});
			});
	}

	@Test
	void resumesAfterTheCursor() {
		Cursor cursor = Cursor.after(Instant.parse("2026-01-01T00:00:00Z"), UUID.randomUUID());

		assertThat(PageRequest.of(10, cursor.encode()).cursor()).isEqualTo(cursor);
	}

	@Test
	void refusesAnInvalidCursor() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> PageRequest.of(10, "garbage"))
			.satisfies((problem) -> assertThat(problem.errors()).extracting(FieldViolation::code)
				.containsExactly("invalid-cursor"));
	}

}
