package org.scibureau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTests {

	@Test
	void decodesWhatItEncoded() {
		Cursor cursor = Cursor.after(Instant.parse("2026-03-01T08:30:00.123456Z"), UUID.randomUUID());

		Cursor decoded = Cursor.decode(cursor.encode());

		assertThat(decoded).isEqualTo(cursor);
		assertThat(decoded.sortKeyAsInstant()).isEqualTo(Instant.parse("2026-03-01T08:30:00.123456Z"));
	}

	@Test
	void keepsASortKeyThatContainsTheSeparator() {
		Cursor cursor = new Cursor("Lab|Chengdu|2026", UUID.randomUUID());

		assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
	}

	@Test
	void encodesOpaquelyAndSafeForAQueryParameter() {
		String encoded = new Cursor("科技局 ?&=/+", UUID.randomUUID()).encode();

		assertThat(encoded).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void startsAtTheFirstPageWithoutACursor() {
		assertThat(Cursor.decode(null)).isNull();
		assertThat(Cursor.decode("")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "%%%", "bm90IGEgY3Vyc29y", "YWJjfG5vdC1hLXV1aWQ" })
	void refusesACursorItDidNotIssueAsABadRequest(String encoded) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> Cursor.decode(encoded))
			.satisfies(CursorTests::isInvalidCursor);
	}

	@Test
	void refusesASortKeyThatIsNotAnInstantWhenReadAsOne() {
		String encoded = Base64.getUrlEncoder()
			.encodeToString(("yesterday|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
		Cursor cursor = Cursor.decode(encoded);

		assertThatExceptionOfType(ProblemException.class).isThrownBy(cursor::sortKeyAsInstant)
			.satisfies(CursorTests::isInvalidCursor);
	}

	private static void isInvalidCursor(ProblemException problem) {
		assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(problem.errors()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("cursor");
			assertThat(violation.code()).isEqualTo("invalid-cursor");
		});
	}

}
