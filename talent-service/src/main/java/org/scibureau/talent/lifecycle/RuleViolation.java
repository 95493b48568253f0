package org.scibureau.talent.lifecycle;

/**
 * A rule of the domain that a request breaks: where, which rule, and the figures the explanation needs.
 *
 * @param field the JSON path of the offending member
 * @param rule a stable code of the rule, e.g. {@code unknown-country}
 * @param arguments the figures of the explanation
 */
public record RuleViolation(String field, String rule, Object... arguments) {

	public RuleViolation {
		arguments = arguments.clone();
	}

}
