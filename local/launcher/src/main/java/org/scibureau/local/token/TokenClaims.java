package org.scibureau.local.token;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The claims a client that may choose them asks for, sent as token request parameters.
 *
 * @param roles one role or several separated by commas, e.g. {@code plan-officer}
 * @param jurisdiction the 6-digit division code, e.g. {@code 510100}
 * @param org the organisation id, for applicants and organisation users
 * @param talentId the talent id, for experts and researchers
 * @param subject the subject ({@code sub}); the client's id when {@code null}
 */
public record TokenClaims(String roles, String jurisdiction, @Nullable String org, @Nullable String talentId,
		@Nullable String subject) {

	/** The default role of {@code ./scibureau token}. */
	public static final String DEFAULT_ROLE = "bureau-admin";

	/** The default jurisdiction: the city of Chengdu. */
	public static final String DEFAULT_JURISDICTION = "510100";

	/**
	 * Claims with one or more roles in Chengdu and no organisation or talent.
	 * @param roles the roles, separated by commas
	 * @return the claims
	 */
	public static TokenClaims roles(String roles) {
		return new TokenClaims(roles, DEFAULT_JURISDICTION, null, null, null);
	}

	/**
	 * The same claims with an organisation.
	 * @param organisation the organisation id
	 * @return new claims
	 */
	public TokenClaims withOrg(String organisation) {
		return new TokenClaims(this.roles, this.jurisdiction, organisation, this.talentId, this.subject);
	}

	/**
	 * The same claims with a talent.
	 * @param talent the talent id
	 * @return new claims
	 */
	public TokenClaims withTalentId(String talent) {
		return new TokenClaims(this.roles, this.jurisdiction, this.org, talent, this.subject);
	}

	/**
	 * The same claims with a subject, which histories and audit records name as the actor.
	 * @param name the subject
	 * @return new claims
	 */
	public TokenClaims withSubject(String name) {
		return new TokenClaims(this.roles, this.jurisdiction, this.org, this.talentId, name);
	}

	/**
	 * The same claims in another jurisdiction.
	 * @param division the division code
	 * @return new claims
	 */
	public TokenClaims withJurisdiction(String division) {
		return new TokenClaims(this.roles, division, this.org, this.talentId, this.subject);
	}

	/**
	 * The token request parameters that carry these claims.
	 * @return parameter names and values, in a stable order
	 */
	Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("roles", this.roles);
		parameters.put("jurisdiction", this.jurisdiction);
		if (this.org != null) {
			parameters.put("org", this.org);
		}
		if (this.talentId != null) {
			parameters.put("talent_id", this.talentId);
		}
		if (this.subject != null) {
			parameters.put("sub", this.subject);
		}
		return parameters;
	}

}
