package org.scibureau.talent.researcher.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A researcher's ORCID iD: sixteen characters in four blocks of four, e.g. {@code 0000-0002-1825-0097}, whose last
 * one is an ISO 7064 MOD 11-2 check character ({@code 0}–{@code 9} or {@code X}).
 * <p>
 * The URI form ({@code https://orcid.org/0000-0002-1825-0097}) is accepted and kept as the bare iD.
 *
 * @param value the iD, with hyphens and an upper-case {@code X}
 */
public record Orcid(String value) {

	private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

	private static final Pattern URI_PREFIX = Pattern.compile("^https?://orcid\\.org/", Pattern.CASE_INSENSITIVE);

	public Orcid {
		value = URI_PREFIX.matcher(value.strip()).replaceFirst("").toUpperCase(Locale.ROOT);
		if (!SHAPE.matcher(value).matches()) {
			throw new InvalidOrcid(value, "shape");
		}
		if (value.charAt(18) != checkCharacter(value)) {
			throw new InvalidOrcid(value, "check-character");
		}
	}

	/** Whether {@code text} is a well-formed ORCID iD with the right check character. */
	public static boolean isValid(String text) {
		try {
			new Orcid(text);
			return true;
		}
		catch (InvalidOrcid ex) {
			return false;
		}
	}

	/** The check character of the first fifteen digits of {@code iD} (hyphens are skipped). */
	static char checkCharacter(String iD) {
		int total = 0;
		int digits = 0;
		for (int i = 0; digits < 15; i++) {
			char character = iD.charAt(i);
			if (character != '-') {
				total = (total + Character.digit(character, 10)) * 2;
				digits++;
			}
		}
		int result = (12 - total % 11) % 11;
		return (result == 10) ? 'X' : Character.forDigit(result, 10);
	}

	/** The iD as ORCID recommends displaying it: {@code https://orcid.org/0000-0002-1825-0097}. */
	public String uri() {
		return "https://orcid.org/" + this.value;
	}

	@Override
	public String toString() {
		return this.value;
	}

	/**
	 * A text that is not an ORCID iD.
	 */
	public static final class InvalidOrcid extends IllegalArgumentException {

		private final String rule;

		InvalidOrcid(String text, String rule) {
			super("Not an ORCID iD (" + rule + "): " + text);
			this.rule = rule;
		}

		/** Which rule the text breaks: {@code shape} or {@code check-character}. */
		public String rule() {
			return this.rule;
		}

	}

}
