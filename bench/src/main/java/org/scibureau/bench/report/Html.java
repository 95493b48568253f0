package org.scibureau.bench.report;

/**
 * Text made safe to put in HTML and SVG, as element content or attribute value.
 */
final class Html {

	private Html() {
	}

	/**
	 * Escapes the characters that HTML gives a meaning.
	 * @param text any text, such as a scenario's note
	 * @return the text with {@code & < > " '} as character references
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.chars().forEach((c) -> escaped.append(escape((char) c)));
		return escaped.toString();
	}

	private static String escape(char c) {
		return switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\'' -> "&#39;";
			default -> String.valueOf(c);
		};
	}

}
