package org.scibureau.plan.call.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.scibureau.plan.lifecycle.IllegalTransition;

class CallTests {

	private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

	@Test
	void opensAScheduledCallAndClosesAnOpenOne() {
		Call call = scheduled();

		Call closed = call.open(NOW).close(NOW.plusSeconds(3600));

		assertThat(closed.status()).isEqualTo(CallStatus.CLOSED);
		assertThat(closed.openedAt()).isEqualTo(NOW);
		assertThat(closed.closedAt()).isEqualTo(NOW.plusSeconds(3600));
	}

	@Test
	void refusesToCloseACallThatNeverOpened() {
		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> scheduled().close(NOW))
			.satisfies((refused) -> assertThat(refused.allowedActions()).containsExactly("open"));
	}

	@Test
	void refusesToReopenAClosedCall() {
		Call closed = scheduled().open(NOW).close(NOW);

		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> closed.open(NOW));
	}

	@Test
	void requiresTheCallToCloseAfterItOpens() {
		assertThat(Call.scheduleViolations(NOW, NOW)).hasSize(1);
		assertThat(Call.scheduleViolations(NOW, NOW.plusSeconds(1))).isEmpty();
	}

	private static Call scheduled() {
		return Call.schedule(UUID.randomUUID(), "CALL-2026-000001", UUID.randomUUID(), UUID.randomUUID(), "Call",
				"Biomedicine projects", NOW, NOW.plusSeconds(86400), "510100", NOW);
	}

}
