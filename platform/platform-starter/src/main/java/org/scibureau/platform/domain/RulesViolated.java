package org.scibureau.platform.domain;

import java.util.List;

/**
 * A request that breaks rules of the domain, carrying every broken rule at once; answered as 422 with one entry
 * per rule.
 */
public final class RulesViolated extends RuntimeException {

	private final List<RuleViolation> violations;

	public RulesViolated(List<RuleViolation> violations) {
		super("Broken rules: "
				+ violations.stream().map((violation) -> violation.field() + " " + violation.rule()).toList());
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("A refusal needs at least one broken rule");
		}
		this.violations = List.copyOf(violations);
	}

	/** Throws when any rule is broken, naming all of them. */
	public static void refuseAny(List<RuleViolation> violations) {
		if (!violations.isEmpty()) {
			throw new RulesViolated(violations);
		}
	}

	/** The broken rules, in the order they were found. */
	public List<RuleViolation> violations() {
		return this.violations;
	}

}
