package org.scibureau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTests {

	@Test
	void tagsAVersionAsAStrongEntityTag() {
		assertThat(ETags.of(0)).isEqualTo("\"0\"");
		assertThat(ETags.of(42)).isEqualTo("\"42\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"3\"", " \"3\" ", "W/\"3\"" })
	void readsTheVersionOfAnIfMatchHeader(String ifMatch) {
		assertThat(ETags.requiredVersion(ifMatch)).isEqualTo(3);
	}

	@Test
	void requiresAnIfMatchHeader() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> ETags.requiredVersion(null))
			.satisfies((problem) -> assertThat(problem.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> ETags.check("  ", 3))
			.satisfies((problem) -> assertThat(problem.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "3", "\"three\"", "\"3\", \"4\"", "\"-1\"", "\"1234567890123456789\"" })
	void refusesATagThatNamesNoVersionAsStale(String ifMatch) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> ETags.requiredVersion(ifMatch))
			.satisfies((problem) -> {
				assertThat(problem.type()).isEqualTo(ProblemType.STALE_VERSION);
				assertThat(problem.detailKey()).isEqualTo("problem.stale-version.unknown-tag");
				assertThat(problem.detailArguments()).containsExactly(ifMatch);
			});
	}

	@Test
	void refusesAnOlderVersionNamingTheCurrentTag() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> ETags.check("\"2\"", 3))
			.satisfies((problem) -> {
				assertThat(problem.type()).isEqualTo(ProblemType.STALE_VERSION);
				assertThat(problem.properties()).containsEntry("currentETag", "\"3\"");
			});
	}

	@Test
	void acceptsTheCurrentVersion() {
		assertThatNoException().isThrownBy(() -> ETags.check("\"3\"", 3));
	}

	@Test
	void checksAnOptionalIfMatchOnlyWhenItIsThere() {
		assertThatNoException().isThrownBy(() -> ETags.checkIfPresent(null, 3));
		assertThatNoException().isThrownBy(() -> ETags.checkIfPresent("", 3));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> ETags.checkIfPresent("\"2\"", 3))
			.satisfies((problem) -> assertThat(problem.type()).isEqualTo(ProblemType.STALE_VERSION));
	}

}
