package org.scibureau.platform.security;

import java.util.regex.Pattern;

/**
 * A 6-digit administrative-division code (GB/T 2260 style): {@code 510100} is a city, {@code 510104} one of
 * its districts.
 * <p>
 * A city code covers itself and its districts; a district code covers only itself.
 *
 * @param code the six digits
 */
public record Jurisdiction(String code) {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	public Jurisdiction {
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Not a 6-digit administrative division code: " + code);
		}
	}

	/** Whether {@code code} is a well-formed division code. */
	public static boolean isValid(String code) {
		return CODE.matcher(code).matches();
	}

	/** Whether this is a city (prefecture-level) code, whose last two digits are {@code 00}. */
	public boolean isCity() {
		return this.code.endsWith("00");
	}

	/** Whether records of {@code other} are within this jurisdiction. */
	public boolean covers(Jurisdiction other) {
		if (this.code.equals(other.code)) {
			return true;
		}
		return isCity() && other.code.startsWith(this.code.substring(0, 4));
	}

	/** Whether records of the division {@code code} are within this jurisdiction. */
	public boolean covers(String code) {
		return isValid(code) && covers(new Jurisdiction(code));
	}

	/**
	 * The SQL {@code LIKE} pattern of the codes this jurisdiction covers: the city's prefix for a city, the exact
	 * code for a district.
	 */
	public String likePattern() {
		return isCity() ? this.code.substring(0, 4) + "__" : this.code;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
