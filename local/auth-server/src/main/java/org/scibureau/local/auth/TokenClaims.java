package org.scibureau.local.auth;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The platform claims of one access token.
 *
 * @param subject the {@code sub} claim: the user name, or the client id for a client acting on its own behalf
 * @param roles the {@code roles} claim; never empty, duplicates removed, order kept
 * @param jurisdiction the {@code jurisdiction} claim: a 6-digit administrative division code
 * @param org the {@code org} claim for applicants and organisation users
 * @param talentId the {@code talent_id} claim for experts and researchers
 */
record TokenClaims(String subject, List<Role> roles, String jurisdiction, @Nullable UUID org,
		@Nullable UUID talentId) {

	static final String JURISDICTION_FORMAT = "\\d{6}";

	static final String SUBJECT = "sub";

	static final String ROLES = "roles";

	static final String JURISDICTION = "jurisdiction";

	static final String ORG = "org";

	static final String TALENT_ID = "talent_id";

	static final String CLIENT_ID = "client_id";

	private static final Pattern JURISDICTION_PATTERN = Pattern.compile(JURISDICTION_FORMAT);

	TokenClaims {
		if (subject.isBlank()) {
			throw new IllegalArgumentException("subject must not be blank");
		}
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("roles must name at least one role");
		}
		if (!isJurisdiction(jurisdiction)) {
			throw new IllegalArgumentException("jurisdiction must be a 6-digit division code, was '" + jurisdiction + "'");
		}
		roles = List.copyOf(new LinkedHashSet<>(roles));
	}

	static boolean isJurisdiction(String value) {
		return JURISDICTION_PATTERN.matcher(value).matches();
	}

	/**
	 * The platform claims other than {@code sub}, under their claim names; absent ids are left out.
	 */
	Map<String, Object> asMap() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(ROLES, roleNames());
		claims.put(JURISDICTION, this.jurisdiction);
		if (this.org != null) {
			claims.put(ORG, this.org.toString());
		}
		if (this.talentId != null) {
			claims.put(TALENT_ID, this.talentId.toString());
		}
		return claims;
	}

	List<String> roleNames() {
		return this.roles.stream().map(Role::claimValue).toList();
	}

}
