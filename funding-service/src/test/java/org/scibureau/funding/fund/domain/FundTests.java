package org.scibureau.funding.fund.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class FundTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	@Test
	void opensWithNothingCommittedAndTheAppropriationInFen() {
		Fund fund = open("50000000");

		assertThat(fund.appropriation()).isEqualByComparingTo("50000000.00");
		assertThat(fund.appropriation().scale()).isEqualTo(2);
		assertThat(fund.committed()).isZero();
		assertThat(fund.available()).isEqualByComparingTo("50000000.00");
		assertThat(fund.executionRate()).isEqualByComparingTo("0.0000");
	}

	@Test
	void refusesANameOrAnAppropriationNoBudgetHas() {
		RulesViolated refused = catchThrowableOfType(RulesViolated.class, () -> Fund.open(UUID.randomUUID(),
				"FND-2026-000001", " ", 2026, FundSource.MUNICIPAL_BUDGET, "510100", new BigDecimal("-1"), NOW));

		assertThat(refused.violations()).extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("name", "length"), tuple("appropriation", "amount-out-of-range"));
		assertThat(catchThrowableOfType(RulesViolated.class, () -> open("10.005")).violations())
			.extracting(RuleViolation::rule)
			.containsExactly("amount-not-in-fen");
		assertThat(catchThrowableOfType(RulesViolated.class, () -> open("100000000000000.00")).violations())
			.extracting(RuleViolation::rule)
			.containsExactly("amount-out-of-range");
	}

	@Test
	void answersWhatIsAvailableAndTheExecutionRateFromItsFigures() {
		Fund fund = with(open("1000000.00"), "300000.00", "250000.00");

		assertThat(fund.used()).isEqualByComparingTo("550000.00");
		assertThat(fund.available()).isEqualByComparingTo("450000.00");
		assertThat(fund.executionRate()).isEqualByComparingTo("0.2500");
		assertThat(with(open("3.00"), "0.00", "1.00").executionRate()).isEqualByComparingTo("0.3333");
	}

	@Test
	void neverLowersTheAppropriationBelowWhatIsCommittedAndDisbursed() {
		Fund fund = with(open("1000000.00"), "300000.00", "250000.00");

		fund.requireAppropriation(new BigDecimal("550000.00"));
		assertThat(catchThrowableOfType(RulesViolated.class,
				() -> fund.requireAppropriation(new BigDecimal("549999.99")))
			.violations()).extracting(RuleViolation::rule).containsExactly("below-commitments");
	}

	private static Fund open(String appropriation) {
		return Fund.open(UUID.randomUUID(), "FND-2026-000001", "2026 Municipal S&T Plan Fund", 2026,
				FundSource.MUNICIPAL_BUDGET, "510100", new BigDecimal(appropriation), NOW);
	}

	private static Fund with(Fund fund, String committed, String disbursed) {
		return new Fund(fund.id(), fund.reference(), fund.name(), fund.fiscalYear(), fund.source(), fund.jurisdiction(),
				fund.appropriation(), new BigDecimal(committed), new BigDecimal(disbursed), fund.returned(),
				fund.version(), fund.createdAt(), fund.updatedAt());
	}

}
