package org.scibureau.plan.project.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RuleValuesTests {

	@Test
	void placesTheEarliestMidtermCheckAfterItsShareOfThePlannedDays() {
		ProjectContent twoYears = ProjectFixtures.content();

		assertThat(new MidtermCheckTiming(0, 24).earliestDay(twoYears)).isEqualTo(LocalDate.of(2026, 7, 1));
		// Half of the 731 planned days is 365.5, rounded up so that the half has fully run: 366 days.
		assertThat(new MidtermCheckTiming(50, 24).earliestDay(twoYears)).isEqualTo(LocalDate.of(2027, 7, 2));
		assertThat(new MidtermCheckTiming(100, 24).earliestDay(twoYears)).isEqualTo(LocalDate.of(2028, 7, 1));
	}

	@Test
	void requiresAMidtermCheckFromTheConfiguredLengthOn() {
		ProjectContent twoYears = ProjectFixtures.content();

		assertThat(new MidtermCheckTiming(40, 0).required(twoYears)).isTrue();
		assertThat(new MidtermCheckTiming(40, 24).required(twoYears)).isTrue();
		assertThat(new MidtermCheckTiming(40, 25).required(twoYears)).isFalse();
	}

	@Test
	void refusesFiguresNoOfficialCouldMean() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MidtermCheckTiming(-1, 24));
		assertThatIllegalArgumentException().isThrownBy(() -> new MidtermCheckTiming(101, 24));
		assertThatIllegalArgumentException().isThrownBy(() -> new MidtermCheckTiming(40, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicityPeriod(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicityPeriod(PublicityPeriod.MAX_DAYS + 1));
		assertThat(new PublicityPeriod(0).days()).isZero();
	}

}
