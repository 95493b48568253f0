package org.scibureau.funding.allocation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.domain.IllegalTransition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TrancheTests {

	private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

	private static final BigDecimal THRESHOLD = new BigDecimal("1000000.00");

	@Test
	void isReleasedOnceByItsTrigger() {
		Tranche released = planned("400000.00").release(NOW);

		assertThat(released.status()).isEqualTo(TrancheStatus.RELEASED);
		assertThat(released.releasedAt()).isEqualTo(NOW);
		assertThat(released.release(NOW.plusSeconds(60))).isEqualTo(released);
	}

	@Test
	void isPaidAtOnceUpToTheThresholdAndAwaitsASecondOfficerAboveIt() {
		Tranche small = planned("1000000.00").release(NOW).requestDisbursement("cashier-a", "planner", "PAY-1",
				THRESHOLD, NOW);
		Tranche large = planned("1000000.01").release(NOW).requestDisbursement("cashier-a", "planner", "PAY-2",
				THRESHOLD, NOW);

		assertThat(small.status()).isEqualTo(TrancheStatus.DISBURSED);
		assertThat(small.disbursedBy()).isEqualTo("cashier-a");
		assertThat(small.requestedBy()).isNull();
		assertThat(large.status()).isEqualTo(TrancheStatus.AWAITING_CONFIRMATION);
		assertThat(large.requestedBy()).isEqualTo("cashier-a");
		Tranche confirmed = large.confirmDisbursement("cashier-b", "planner", NOW);
		assertThat(confirmed.status()).isEqualTo(TrancheStatus.DISBURSED);
		assertThat(confirmed.disbursedBy()).isEqualTo("cashier-b");
		assertThat(confirmed.paymentReference()).isEqualTo("PAY-2");
	}

	@Test
	void keepsTheApproverAndTheRequesterFromPayingOrConfirming() {
		Tranche released = planned("2000000.00").release(NOW);

		assertThatExceptionOfType(SeparationOfDuties.class)
			.isThrownBy(() -> released.requestDisbursement("planner", "planner", "PAY", THRESHOLD, NOW))
			.extracting(SeparationOfDuties::conflict)
			.isEqualTo(SeparationOfDuties.Conflict.APPROVED_THE_PROJECT);
		Tranche requested = released.requestDisbursement("cashier-a", "planner", "PAY", THRESHOLD, NOW);
		assertThatExceptionOfType(SeparationOfDuties.class)
			.isThrownBy(() -> requested.confirmDisbursement("cashier-a", "planner", NOW))
			.extracting(SeparationOfDuties::conflict)
			.isEqualTo(SeparationOfDuties.Conflict.REQUESTED_THE_DISBURSEMENT);
		assertThatExceptionOfType(SeparationOfDuties.class)
			.isThrownBy(() -> requested.confirmDisbursement("planner", "planner", NOW));
	}

	@Test
	void refusesToPayWhatIsNotDueOrAlreadyPaidNamingItsState() {
		Tranche planned = planned("100.00");
		Tranche paid = planned.release(NOW).requestDisbursement("cashier-a", null, "PAY", THRESHOLD, NOW);

		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> planned.requestDisbursement("cashier-a", null, "PAY", THRESHOLD, NOW))
			.satisfies((refused) -> {
				assertThat(refused.currentState()).isEqualTo("PLANNED");
				assertThat(refused.allowedActions()).isEmpty();
			});
		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> paid.requestDisbursement("cashier-b", null, "PAY", THRESHOLD, NOW));
		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> planned.release(NOW).confirmDisbursement("cashier-b", null, NOW))
			.satisfies((refused) -> assertThat(refused.allowedActions()).containsExactly(Tranche.DISBURSE));
	}

	private static Tranche planned(String amount) {
		return Tranche.planned(UUID.randomUUID(), 1, new BigDecimal(amount), "CONTRACT_SIGNED", null);
	}

}
