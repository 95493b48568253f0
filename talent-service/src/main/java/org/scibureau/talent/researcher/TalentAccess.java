package org.scibureau.talent.researcher;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;

/**
 * Who reads and who changes which part of the talent pool.
 * <p>
 * Bureau staff read researchers and experts: plan officers, bureau administrators and auditors all of them (the
 * experts of a review may come from anywhere), talent and district officers those of their jurisdiction (a city
 * covers its districts). An applicant reads the researchers of its own organisation, an expert its own expert
 * profile. Only a talent officer changes records, those of its jurisdiction.
 */
final class TalentAccess {

	/** The roles that read the talent pool as bureau staff. */
	static final String[] STAFF = { Roles.TALENT_OFFICER, Roles.PLAN_OFFICER, Roles.BUREAU_ADMIN, Roles.AUDITOR,
			Roles.DISTRICT_OFFICER };

	private TalentAccess() {
	}

	/** Whether the caller reads as bureau staff. */
	static boolean isStaff(Caller caller) {
		return caller.hasAnyRole(STAFF);
	}

	/** The {@code LIKE} pattern of the divisions a staff caller reads, or {@code null} for all. */
	static @Nullable String staffJurisdictions(Caller caller) {
		return caller.hasRole(Roles.PLAN_OFFICER) ? null : caller.visibleJurisdictions();
	}

	/** Whether the caller reads, as bureau staff, records owned by division {@code jurisdiction}. */
	static boolean staffReads(Caller caller, String jurisdiction) {
		return isStaff(caller) && (caller.hasRole(Roles.PLAN_OFFICER) || caller.canSee(jurisdiction));
	}

	/** Whether the caller may change records owned by division {@code jurisdiction}. */
	static boolean officerChanges(Caller caller, String jurisdiction) {
		return caller.hasRole(Roles.TALENT_OFFICER) && caller.covers(jurisdiction);
	}

	/** The caller's organisation ({@code org} claim), if it names one. */
	static Optional<UUID> organisation(Caller caller) {
		return uuid(caller.organisation());
	}

	/** Whether the caller's {@code talent_id} claim names {@code id}. */
	static boolean isSelf(Caller caller, UUID id) {
		return uuid(caller.talentId()).filter(id::equals).isPresent();
	}

	private static Optional<UUID> uuid(@Nullable String claim) {
		try {
			return Optional.ofNullable(claim).map(UUID::fromString);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
