package org.scibureau.funding.fund.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;

/**
 * An S&amp;T fund of one fiscal year and source, with what it was given and where that stands.
 * <p>
 * {@code committed} is what is promised to projects and not yet paid, {@code disbursed} what was paid out,
 * {@code returned} what freezes and closures gave back. Whatever the concurrency, {@code committed + disbursed}
 * never exceeds the appropriation: the database refuses it (ADR 0016); this class only answers the figures.
 *
 * @param id the fund
 * @param reference the officials' reference, e.g. {@code FND-2026-000001}
 * @param name e.g. "2026 Municipal S&amp;T Plan Fund"
 * @param fiscalYear the fiscal year it pays for
 * @param source where the money comes from
 * @param jurisdiction the administrative division owning it
 * @param appropriation what it was given, in CNY
 * @param committed promised and not yet paid
 * @param disbursed paid out
 * @param returned freed by freezes and closures
 * @param version the optimistic-locking version
 * @param createdAt when it was set up
 * @param updatedAt when its figures last changed
 */
public record Fund(UUID id, String reference, String name, int fiscalYear, FundSource source, String jurisdiction,
		BigDecimal appropriation, BigDecimal committed, BigDecimal disbursed, BigDecimal returned, long version,
		Instant createdAt, Instant updatedAt) {

	/** The scale of amounts: CNY with fen. */
	public static final int SCALE = 2;

	/** The scale of the execution rate: a share with four places, e.g. {@code 0.4125}. */
	public static final int RATE_SCALE = 4;

	static final int MAX_NAME_LENGTH = 200;

	/** The largest appropriation the columns hold: 14 integer digits. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

	/**
	 * A new fund with nothing committed yet.
	 * @throws RulesViolated naming every figure that is not acceptable
	 */
	public static Fund open(UUID id, String reference, String name, int fiscalYear, FundSource source,
			String jurisdiction, BigDecimal appropriation, Instant now) {
		List<RuleViolation> violations = new ArrayList<>();
		if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			violations.add(new RuleViolation("name", "length", 1, MAX_NAME_LENGTH));
		}
		amountViolations("appropriation", appropriation, violations);
		RulesViolated.refuseAny(violations);
		BigDecimal zero = BigDecimal.ZERO.setScale(SCALE);
		return new Fund(id, reference, name, fiscalYear, source, jurisdiction, appropriation.setScale(SCALE), zero,
				zero, zero, 0, now, now);
	}

	/**
	 * Checks a new appropriation (a budget adjustment): an amount in fen that still covers what the fund has
	 * committed and disbursed. The database checks the same again when it applies it, against the figures of that
	 * moment.
	 * @throws RulesViolated when it does not
	 */
	public void requireAppropriation(BigDecimal newAppropriation) {
		List<RuleViolation> violations = new ArrayList<>();
		amountViolations("appropriation", newAppropriation, violations);
		if (violations.isEmpty() && newAppropriation.compareTo(used()) < 0) {
			violations.add(new RuleViolation("appropriation", "below-commitments", used()));
		}
		RulesViolated.refuseAny(violations);
	}

	/** What the fund has promised or paid: never more than its appropriation. */
	public BigDecimal used() {
		return this.committed.add(this.disbursed);
	}

	/** What it can still commit. */
	public BigDecimal available() {
		return this.appropriation.subtract(used());
	}

	/** Disbursed ÷ appropriation, four places; 0 for a fund given nothing. */
	public BigDecimal executionRate() {
		if (this.appropriation.signum() == 0) {
			return BigDecimal.ZERO.setScale(RATE_SCALE);
		}
		return this.disbursed.divide(this.appropriation, RATE_SCALE, RoundingMode.HALF_UP);
	}

	private static void amountViolations(String field, BigDecimal amount, List<RuleViolation> violations) {
		if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
			violations.add(new RuleViolation(field, "amount-out-of-range", BigDecimal.ZERO, MAX_AMOUNT));
		}
		else if (amount.stripTrailingZeros().scale() > SCALE) {
			violations.add(new RuleViolation(field, "amount-not-in-fen"));
		}
	}

}
