package org.scibureau.plan.call.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.scibureau.plan.lifecycle.IllegalTransition;
import org.scibureau.plan.lifecycle.RuleViolation;

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
		assertThat(Call.scheduleViolations(NOW, NOW)).extracting(RuleViolation::rule)
			.containsExactly("closes-before-opening");
		assertThat(Call.scheduleViolations(NOW, NOW.plusSeconds(1))).isEmpty();
	}

	@Test
	void acceptsSubmissionsOnlyWhileOpenAndBeforeTheClosingInstant() {
		Call open = scheduled().open(NOW);
		Instant closesAt = open.closesAt();

		assertThat(scheduled().acceptsSubmissionsAt(NOW)).isFalse();
		assertThat(open.acceptsSubmissionsAt(closesAt.minusMillis(1))).isTrue();
		assertThat(open.acceptsSubmissionsAt(closesAt)).isFalse();
		assertThat(open.close(NOW).acceptsSubmissionsAt(NOW)).isFalse();
	}

	private static Call scheduled() {
		return Call.schedule(UUID.randomUUID(), "CALL-2026-000001", UUID.randomUUID(), UUID.randomUUID(), "Call",
				"Biomedicine projects", NOW, NOW.plusSeconds(86400), "510100", NOW);
	}

}
