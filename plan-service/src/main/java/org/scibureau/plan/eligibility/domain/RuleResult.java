package org.scibureau.plan.eligibility.domain;

import java.util.Objects;

/**
 * The answer of one eligibility rule for one application: which rule, whether it passed, and why.
 *
 * @param kind the rule's kind, e.g. {@code max-amount}
 * @param passed whether the application meets the rule; a rule whose facts are unknown does not pass
 * @param reason why, as a message code ({@code eligibility.<kind>.passed|failed|unknown}) with its arguments
 */
public record RuleResult(String kind, boolean passed, EligibilityMessage reason) {

	public RuleResult {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reason, "reason");
	}

	static RuleResult passed(String kind, Object... arguments) {
		return new RuleResult(kind, true, reason(kind, "passed", arguments));
	}

	static RuleResult failed(String kind, Object... arguments) {
		return new RuleResult(kind, false, reason(kind, "failed", arguments));
	}

	/** A failure because a fact the rule needs is not known (yet). */
	static RuleResult unknown(String kind) {
		return new RuleResult(kind, false, reason(kind, "unknown"));
	}

	private static EligibilityMessage reason(String kind, String outcome, Object... arguments) {
		return EligibilityMessage.of(EligibilityMessage.code(kind, outcome), arguments);
	}

}
