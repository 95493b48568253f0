package org.scibureau.plan.eligibility.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of the eligibility engine by message code, so that the web layer renders it in the caller's language
 * from plan-service's {@code problems} bundle.
 * <p>
 * An argument is a number or a string, or, in a rule's public description only, an {@code EligibilityMessage} (to
 * be rendered first in the same language) or a list of those (rendered one by one and joined with the
 * {@value #LIST_SEPARATOR} message). The reasons of results carry numbers and strings only, so they fit a problem's
 * {@code errors[]} as they are.
 *
 * @param code the message code, e.g. {@code eligibility.max-amount.failed}
 * @param arguments the arguments of the message, in the order of its placeholders
 */
public record EligibilityMessage(String code, List<Object> arguments) {

	/** The message code of the separator between the items of a list argument. */
	public static final String LIST_SEPARATOR = "eligibility.list-separator";

	public EligibilityMessage {
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
	}

	/** The message {@code code} with its arguments. */
	public static EligibilityMessage of(String code, Object... arguments) {
		return new EligibilityMessage(code, Arrays.asList(arguments));
	}

	/** The public description of the rules of {@code kind}. */
	static EligibilityMessage description(String kind, Object... arguments) {
		return of(code(kind, "description"), arguments);
	}

	/** The code {@code eligibility.<kind>.<outcome>}. */
	static String code(String kind, String outcome) {
		return "eligibility." + kind + "." + outcome;
	}

}
