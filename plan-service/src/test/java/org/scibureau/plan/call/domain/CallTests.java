package org.scibureau.plan.call.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.scibureau.plan.eligibility.domain.EligibilityRules;
import org.scibureau.plan.eligibility.domain.MaxDurationRule;
import org.scibureau.plan.eligibility.domain.NoActiveSanctionRule;
import org.scibureau.platform.domain.IllegalTransition;
import org.scibureau.platform.domain.RuleViolation;

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
			.satisfies((refused) -> assertThat(refused.allowedActions()).containsExactly("open",
					"change-eligibility-rules"));
	}

	@Test
	void refusesToReopenAClosedCall() {
		Call closed = scheduled().open(NOW).close(NOW);

		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> closed.open(NOW));
	}

	@Test
	void changesTheEligibilityRulesOfAScheduledCallAsTheirNextVersion() {
		EligibilityRules rules = EligibilityRules.of(new MaxDurationRule(24), new NoActiveSanctionRule());

		Call changed = scheduled().changeEligibilityRules(rules, NOW.plusSeconds(60));

		assertThat(scheduled().rulesVersion()).isEqualTo(1);
		assertThat(changed.eligibilityRules()).isEqualTo(rules);
		assertThat(changed.rulesVersion()).isEqualTo(2);
		assertThat(changed.status()).isEqualTo(CallStatus.SCHEDULED);
		assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void freezesTheEligibilityRulesOnceTheCallOpens() {
		Call open = scheduled().open(NOW);

		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> open.changeEligibilityRules(EligibilityRules.defaults(), NOW))
			.satisfies((refused) -> {
				assertThat(refused.action()).isEqualTo("change-eligibility-rules");
				assertThat(refused.currentState()).isEqualTo("OPEN");
				assertThat(refused.allowedActions()).containsExactly("close");
			});
		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> open.close(NOW).changeEligibilityRules(EligibilityRules.defaults(), NOW));
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
				"Biomedicine projects", NOW, NOW.plusSeconds(86400), "510100", EligibilityRules.defaults(), NOW);
	}

}
