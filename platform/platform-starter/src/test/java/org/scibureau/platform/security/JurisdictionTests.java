package org.scibureau.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionTests {

	private static final Jurisdiction CHENGDU = new Jurisdiction("510100");

	private static final Jurisdiction WUHOU = new Jurisdiction("510107");

	@Test
	void cityCoversItselfAndItsDistricts() {
		assertThat(CHENGDU.isCity()).isTrue();
		assertThat(CHENGDU.covers(CHENGDU)).isTrue();
		assertThat(CHENGDU.covers(WUHOU)).isTrue();
		assertThat(CHENGDU.covers("510104")).isTrue();
	}

	@Test
	void cityDoesNotCoverTheDistrictsOfAnotherCity() {
		assertThat(CHENGDU.covers("510300")).isFalse();
		assertThat(CHENGDU.covers("510302")).isFalse();
		assertThat(CHENGDU.covers("520104")).isFalse();
	}

	@Test
	void districtCoversOnlyItself() {
		assertThat(WUHOU.isCity()).isFalse();
		assertThat(WUHOU.covers(WUHOU)).isTrue();
		assertThat(WUHOU.covers(CHENGDU)).isFalse();
		assertThat(WUHOU.covers("510104")).isFalse();
	}

	@Test
	void matchesTheCoveredCodesWithItsLikePattern() {
		assertThat(CHENGDU.likePattern()).isEqualTo("5101__");
		assertThat(WUHOU.likePattern()).isEqualTo("510107");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "51010", "5101000", "51010a", "５１０１００", " 510100" })
	void refusesWhatIsNotASixDigitCode(String code) {
		assertThat(Jurisdiction.isValid(code)).isFalse();
		assertThat(CHENGDU.covers(code)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Jurisdiction(code));
	}

	@Test
	void printsAsItsCode() {
		assertThat(WUHOU).hasToString("510107");
	}

}
