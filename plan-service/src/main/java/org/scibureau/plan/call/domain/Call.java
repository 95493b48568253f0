package org.scibureau.plan.call.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.eligibility.domain.EligibilityRules;
import org.scibureau.platform.domain.RuleViolation;

/**
 * A call for proposals under one program of a published plan.
 *
 * @param id the call
 * @param reference the officials' reference, e.g. {@code CALL-2026-000007}
 * @param planId the published plan the program belongs to
 * @param programId the program the call funds
 * @param title the call's title
 * @param description what the call is for and who may apply
 * @param opensAt when it is scheduled to open
 * @param closesAt when it is scheduled to close
 * @param jurisdiction the division that owns the call (the plan's)
 * @param eligibilityRules who may apply: the rules in force, checked before and at submission
 * @param rulesVersion the version of the rules, 1 when scheduled and one more on each change
 * @param status where the call is in its life
 * @param version the optimistic-locking version, also the ETag
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param openedAt when it actually opened
 * @param closedAt when it actually closed
 */
public record Call(UUID id, String reference, UUID planId, UUID programId, String title, String description,
		Instant opensAt, Instant closesAt, String jurisdiction, EligibilityRules eligibilityRules, int rulesVersion,
		CallStatus status, long version, Instant createdAt, Instant updatedAt, @Nullable Instant openedAt,
		@Nullable Instant closedAt) {

	public Call {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(eligibilityRules, "eligibilityRules");
		Objects.requireNonNull(status, "status");
		if (rulesVersion < 1) {
			throw new IllegalArgumentException("Rules versions start at 1: " + rulesVersion);
		}
	}

	/**
	 * The rules of a call's schedule; every broken rule is reported. Instants already past are allowed (e.g. when a
	 * bureau records its earlier calls): the schedule then takes the due steps at once.
	 */
	public static List<RuleViolation> scheduleViolations(Instant opensAt, Instant closesAt) {
		List<RuleViolation> violations = new ArrayList<>();
		if (!closesAt.isAfter(opensAt)) {
			violations.add(new RuleViolation("closesAt", "closes-before-opening"));
		}
		return violations;
	}

	/**
	 * Whether an application may be submitted at {@code now}: the call is open and its closing instant has not
	 * come, even if the schedule has not closed it yet.
	 */
	public boolean acceptsSubmissionsAt(Instant now) {
		return this.status == CallStatus.OPEN && now.isBefore(this.closesAt);
	}

	/** A new call, scheduled, with the first version of its eligibility rules. */
	public static Call schedule(UUID id, String reference, UUID planId, UUID programId, String title,
			String description, Instant opensAt, Instant closesAt, String jurisdiction, EligibilityRules rules,
			Instant now) {
		return new Call(id, reference, planId, programId, title, description, opensAt, closesAt, jurisdiction, rules,
				1, CallStatus.SCHEDULED, 0, now, now, null, null);
	}

	/** The call, open for submissions. */
	public Call open(Instant now) {
		return new Call(this.id, this.reference, this.planId, this.programId, this.title, this.description,
				this.opensAt, this.closesAt, this.jurisdiction, this.eligibilityRules, this.rulesVersion,
				this.status.open(), this.version, this.createdAt, now, now, this.closedAt);
	}

	/** The call, closed: no further submissions. */
	public Call close(Instant now) {
		return new Call(this.id, this.reference, this.planId, this.programId, this.title, this.description,
				this.opensAt, this.closesAt, this.jurisdiction, this.eligibilityRules, this.rulesVersion,
				this.status.close(), this.version, this.createdAt, now, this.openedAt, now);
	}

	/**
	 * The call with new eligibility rules, as their next version. Only a scheduled call's rules change: once it
	 * opens, every application is judged by the rules it was announced with.
	 */
	public Call changeEligibilityRules(EligibilityRules rules, Instant now) {
		return new Call(this.id, this.reference, this.planId, this.programId, this.title, this.description,
				this.opensAt, this.closesAt, this.jurisdiction, rules, this.rulesVersion + 1,
				this.status.changeEligibilityRules(), this.version, this.createdAt, now, this.openedAt, this.closedAt);
	}

	/** The call as stored under {@code version}, e.g. after an update moved the optimistic-locking version on. */
	public Call withVersion(long version) {
		return new Call(this.id, this.reference, this.planId, this.programId, this.title, this.description,
				this.opensAt, this.closesAt, this.jurisdiction, this.eligibilityRules, this.rulesVersion, this.status,
				version, this.createdAt, this.updatedAt, this.openedAt, this.closedAt);
	}

	/** The actions the call's state allows. */
	public List<String> allowedActions() {
		return this.status.allowedActions();
	}

}
