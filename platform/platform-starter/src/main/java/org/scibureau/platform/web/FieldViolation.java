package org.scibureau.platform.web;

/**
 * One entry of a problem's {@code errors[]}: where the request is wrong and why.
 * <p>
 * The message is a key of the {@code problems} bundle (or of bean validation's codes), rendered in the caller's
 * language when the problem is written.
 *
 * @param field the JSON path of the offending member (e.g. {@code programs[0].name}) or parameter name
 * @param code a stable machine-readable code, e.g. {@code NotBlank} or {@code call-not-open}
 * @param messageKey the message key of the explanation
 * @param arguments the arguments of the message
 */
public record FieldViolation(String field, String code, String messageKey, Object... arguments) {

	public FieldViolation {
		arguments = arguments.clone();
	}

	/** A violation whose message key is {@code violation.<code>}. */
	public static FieldViolation of(String field, String code, Object... arguments) {
		return new FieldViolation(field, code, "violation." + code, arguments);
	}

}
