package org.scibureau.plan.organisation.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An organisation's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet (digits and capital letters without I, O, S, V and Z), whose last one is a check character.
 * <p>
 * Characters 3–8 are the administrative division where the organisation was registered.
 *
 * @param value the 18 characters, upper case
 */
public record UnifiedSocialCreditCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

	public UnifiedSocialCreditCode {
		value = value.strip().toUpperCase(Locale.ROOT);
		if (!SHAPE.matcher(value).matches()) {
			throw new InvalidCreditCode(value, "shape");
		}
		if (value.charAt(17) != checkCharacter(value)) {
			throw new InvalidCreditCode(value, "check-character");
		}
	}

	/** Whether {@code text} is a well-formed code with the right check character. */
	public static boolean isValid(String text) {
		try {
			new UnifiedSocialCreditCode(text);
			return true;
		}
		catch (InvalidCreditCode ex) {
			return false;
		}
	}

	/** The administrative division of registration: characters 3 to 8. */
	public String registrationDivision() {
		return this.value.substring(2, 8);
	}

	/** The check character of the first 17 characters of {@code code}. */
	static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return ALPHABET.charAt(check);
	}

	@Override
	public String toString() {
		return this.value;
	}

	/**
	 * A text that is not a unified social credit code.
	 */
	public static final class InvalidCreditCode extends IllegalArgumentException {

		private final String rule;

		InvalidCreditCode(String text, String rule) {
			super("Not a unified social credit code (" + rule + "): " + text);
			this.rule = rule;
		}

		/** Which rule the text breaks: {@code shape} or {@code check-character}. */
		public String rule() {
			return this.rule;
		}

	}

}
