package org.scibureau.plan.talentpool.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SanctionTests {

	private static final LocalDate START = LocalDate.of(2026, 3, 1);

	@Test
	void isInForceFromItsFirstToItsLastDay() {
		Sanction sanction = sanction(START.plusDays(9), null);

		assertThat(sanction.activeOn(START.minusDays(1))).isFalse();
		assertThat(sanction.activeOn(START)).isTrue();
		assertThat(sanction.activeOn(START.plusDays(9))).isTrue();
		assertThat(sanction.activeOn(START.plusDays(10))).isFalse();
	}

	@Test
	void aLifetimeSanctionNeverEndsUnlessLifted() {
		assertThat(sanction(null, null).activeOn(START.plusYears(40))).isTrue();
		assertThat(sanction(null, Instant.parse("2026-06-01T00:00:00Z")).activeOn(START.plusDays(1))).isFalse();
	}

	@Test
	void anUnavailableExpertIsAvailableAgainAfterTheAnnouncedDay() {
		ExpertProfile away = new ExpertProfile(UUID.randomUUID(), null, List.of("optics"), List.of(), List.of(), false,
				START);
		ExpertProfile gone = new ExpertProfile(UUID.randomUUID(), null, List.of("optics"), List.of(), List.of(), false,
				null);

		assertThat(away.availableOn(START)).isFalse();
		assertThat(away.availableOn(START.plusDays(1))).isTrue();
		assertThat(gone.availableOn(START.plusYears(1))).isFalse();
	}

	private static Sanction sanction(LocalDate endsOn, Instant liftedAt) {
		return new Sanction(UUID.randomUUID(), UUID.randomUUID(), List.of("FUNDING_BAN"), true, false, START, endsOn,
				liftedAt);
	}

}
