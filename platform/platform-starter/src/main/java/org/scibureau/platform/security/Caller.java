package org.scibureau.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling: the subject and client of the token and the claims the platform uses for decisions.
 * <p>
 * Controllers declare a {@code Caller} parameter to get it; it is anonymous on public endpoints without a token.
 *
 * @param subject the token's subject (a user or a client)
 * @param clientId the OAuth2 client that obtained the token
 * @param roles the {@code roles} claim
 * @param jurisdiction the {@code jurisdiction} claim, if any
 * @param organisation the {@code org} claim (applicants, organisation users), if any
 * @param talentId the {@code talent_id} claim (experts, researchers), if any
 */
public record Caller(String subject, @Nullable String clientId, Set<String> roles, @Nullable Jurisdiction jurisdiction,
		@Nullable String organisation, @Nullable String talentId) {

	/** The name used for a caller without a token. */
	public static final String ANONYMOUS = "anonymous";

	/** A {@code LIKE} pattern that matches no 6-digit code. */
	private static final String NO_DIVISION = "-";

	public Caller {
		roles = Set.copyOf(roles);
	}

	/** A caller without a token. */
	public static Caller anonymous() {
		return new Caller(ANONYMOUS, null, Set.of(), null, null, null);
	}

	/** The caller a validated token describes. */
	public static Caller of(Jwt jwt) {
		String jurisdiction = jwt.getClaimAsString(Claims.JURISDICTION);
		return new Caller(jwt.getSubject() != null ? jwt.getSubject() : ANONYMOUS,
				jwt.getClaimAsString(Claims.CLIENT_ID), Set.copyOf(roles(jwt)),
				(jurisdiction != null && Jurisdiction.isValid(jurisdiction)) ? new Jurisdiction(jurisdiction) : null,
				jwt.getClaimAsString(Claims.ORGANISATION), jwt.getClaimAsString(Claims.TALENT_ID));
	}

	static List<String> roles(Jwt jwt) {
		Object claim = jwt.getClaim(Claims.ROLES);
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String value) {
			return List.of(value.split("[ ,]+"));
		}
		return List.of();
	}

	/**
	 * The caller's organisation as an id, for matching the organisation a record belongs to.
	 * @return the {@code org} claim, or a UUID that matches no organisation when the claim is missing or malformed
	 */
	public UUID organisationId() {
		try {
			return (this.organisation != null) ? UUID.fromString(this.organisation) : new UUID(0, 0);
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}

	/** Whether the caller has a token. */
	public boolean isAuthenticated() {
		return !ANONYMOUS.equals(this.subject) || !this.roles.isEmpty();
	}

	/** Whether the caller holds the role. */
	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	/** Whether the caller holds any of the roles. */
	public boolean hasAnyRole(String... roles) {
		for (String role : roles) {
			if (this.roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/** The caller's jurisdiction, if it has one. */
	public Optional<Jurisdiction> jurisdictionIfAny() {
		return Optional.ofNullable(this.jurisdiction);
	}

	/** Whether a record owned by division {@code code} is within the caller's jurisdiction. */
	public boolean covers(String code) {
		return this.jurisdiction != null && this.jurisdiction.covers(code);
	}

	/**
	 * Whether the caller may see records of every jurisdiction: bureau administrators and auditors. Everyone else
	 * sees only records within their own jurisdiction.
	 */
	public boolean seesEveryJurisdiction() {
		return hasAnyRole(Roles.BUREAU_ADMIN, Roles.AUDITOR);
	}

	/** Whether the caller may see a record owned by the division {@code code}; an invisible record is a 404. */
	public boolean canSee(String code) {
		return seesEveryJurisdiction() || covers(code);
	}

	/**
	 * The SQL {@code LIKE} pattern of the divisions whose records the caller may see, or {@code null} for all; a
	 * caller without a jurisdiction claim matches no division.
	 */
	public @Nullable String visibleJurisdictions() {
		if (seesEveryJurisdiction()) {
			return null;
		}
		return (this.jurisdiction != null) ? this.jurisdiction.likePattern() : NO_DIVISION;
	}

	/** The name recorded in histories and audit records: the subject, with the client when it differs. */
	public String actor() {
		return (this.clientId == null || this.clientId.equals(this.subject)) ? this.subject
				: this.subject + " via " + this.clientId;
	}

}
