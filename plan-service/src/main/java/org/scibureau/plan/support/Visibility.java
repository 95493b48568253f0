package org.scibureau.plan.support;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Jurisdiction;
import org.scibureau.platform.security.Roles;

/**
 * Which records a caller may see: bureau administrators and auditors see every jurisdiction; everyone else
 * sees the records of their own jurisdiction (a city covers its districts). An invisible record is a 404.
 */
public final class Visibility {

	private Visibility() {
	}

	/** Whether the caller may see a record owned by {@code jurisdiction}. */
	public static boolean canSee(Caller caller, String jurisdiction) {
		return seesEverything(caller) || caller.covers(jurisdiction);
	}

	/**
	 * The SQL {@code LIKE} pattern restricting lists to what the caller may see, or {@code null} for no
	 * restriction; a caller without a jurisdiction claim matches nothing.
	 */
	public static @Nullable String jurisdictionPattern(Caller caller) {
		if (seesEverything(caller)) {
			return null;
		}
		return caller.jurisdictionIfAny().map(Jurisdiction::likePattern).orElse("-");
	}

	private static boolean seesEverything(Caller caller) {
		return caller.hasAnyRole(Roles.BUREAU_ADMIN, Roles.AUDITOR);
	}

}
