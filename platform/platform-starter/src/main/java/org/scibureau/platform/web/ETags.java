package org.scibureau.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Entity tags of versioned resources and the {@code If-Match} check of updates.
 * <p>
 * The tag is the resource's optimistic-locking version as a strong entity tag, e.g. {@code "3"}.
 */
public final class ETags {

	private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

	private ETags() {
	}

	/** The entity tag of a version. */
	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} header names.
	 * @throws ProblemException 428 when the header is missing, 412 when it names no version of ours
	 */
	public static long requiredVersion(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ProblemException(ProblemType.PRECONDITION_REQUIRED);
		}
		Matcher matcher = TAG.matcher(ifMatch);
		if (!matcher.matches()) {
			throw new ProblemException(ProblemType.STALE_VERSION, "problem.stale-version.unknown-tag", ifMatch);
		}
		return Long.parseLong(matcher.group(1));
	}

	/**
	 * Checks an {@code If-Match} header against the current version.
	 * @throws ProblemException 428 when the header is missing, 412 when it is not the current version
	 */
	public static void check(@Nullable String ifMatch, long currentVersion) {
		if (requiredVersion(ifMatch) != currentVersion) {
			throw ProblemException.staleVersion(currentVersion);
		}
	}

	/** Like {@link #check}, but an absent header is accepted (for actions where If-Match is optional). */
	public static void checkIfPresent(@Nullable String ifMatch, long currentVersion) {
		if (ifMatch != null && !ifMatch.isBlank()) {
			check(ifMatch, currentVersion);
		}
	}

}
