package org.scibureau.platform.domain;

import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain that a request breaks: where, which rule, and the figures the explanation needs.
 * <p>
 * The explanation is the message {@code violation.<rule>} unless the violation names its own message key, as the
 * eligibility rules do with the reasons their engine gives.
 *
 * @param field the JSON path of the offending member
 * @param rule a stable code of the rule, e.g. {@code period-length}
 * @param messageKey the message key of the explanation, or {@code null} for {@code violation.<rule>}
 * @param arguments the figures of the explanation
 */
public record RuleViolation(String field, String rule, @Nullable String messageKey, Object[] arguments) {

	public RuleViolation {
		arguments = arguments.clone();
	}

	/** A violation explained by the message {@code violation.<rule>}. */
	public RuleViolation(String field, String rule, Object... arguments) {
		this(field, rule, null, arguments);
	}

	/** A violation explained by the message {@code messageKey} rather than {@code violation.<rule>}. */
	public static RuleViolation explainedBy(String messageKey, String field, String rule, Object... arguments) {
		return new RuleViolation(field, rule, messageKey, arguments);
	}

}
