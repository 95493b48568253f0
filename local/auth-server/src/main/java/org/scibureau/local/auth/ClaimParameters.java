package org.scibureau.local.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * Reads the claim parameters of a token request ({@code roles}, {@code jurisdiction}, {@code org},
 * {@code talent_id}, {@code sub}), which only a client registered with {@code claims-from-request} may send.
 * <p>
 * Every bad value is an OAuth2 {@code invalid_request}, which the token endpoint answers with 400.
 */
final class ClaimParameters {

	/** The token request parameters that set claims. */
	static final Set<String> NAMES = Set.of(TokenClaims.SUBJECT, TokenClaims.ROLES, TokenClaims.JURISDICTION,
			TokenClaims.ORG, TokenClaims.TALENT_ID);

	private static final int MAX_SUBJECT_LENGTH = 255;

	// UUID.fromString also accepts abbreviated forms such as "1-2-3-4-5"; ids travel in canonical form only.
	private static final Pattern UUID_PATTERN = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";

	private ClaimParameters() {
	}

	/**
	 * The claims the request asks for, each absent parameter falling back to the client's default.
	 */
	static TokenClaims apply(TokenClaims defaults, Map<String, Object> parameters) {
		String subject = value(parameters, TokenClaims.SUBJECT, ClaimParameters::subject).orElse(defaults.subject());
		List<Role> roles = value(parameters, TokenClaims.ROLES, ClaimParameters::roles).orElse(defaults.roles());
		String jurisdiction = value(parameters, TokenClaims.JURISDICTION, ClaimParameters::jurisdiction)
			.orElse(defaults.jurisdiction());
		UUID org = value(parameters, TokenClaims.ORG, ClaimParameters::org).orElse(defaults.org());
		UUID talentId = value(parameters, TokenClaims.TALENT_ID, ClaimParameters::talentId).orElse(defaults.talentId());
		return new TokenClaims(subject, roles, jurisdiction, org, talentId);
	}

	/**
	 * Refuses a request that carries claim parameters from a client whose claims are fixed, so that a caller
	 * never mistakes a token for one with the claims it asked for.
	 */
	static void rejectAny(Map<String, Object> parameters, String clientId) {
		List<String> present = parameters.keySet().stream().filter(NAMES::contains).sorted().toList();
		if (!present.isEmpty()) {
			throw invalidRequest("client '" + clientId + "' has fixed claims and may not send " + present);
		}
	}

	private static <T> Optional<T> value(Map<String, Object> parameters, String name, Function<String, T> parser) {
		Object value = parameters.get(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!(value instanceof String text)) {
			throw invalidRequest("parameter '" + name + "' must be sent once");
		}
		return Optional.of(parser.apply(text.strip()));
	}

	private static String subject(String value) {
		if (value.isEmpty() || value.length() > MAX_SUBJECT_LENGTH) {
			throw invalidRequest("parameter 'sub' must have 1 to " + MAX_SUBJECT_LENGTH + " characters");
		}
		return value;
	}

	private static List<Role> roles(String value) {
		List<Role> roles = new ArrayList<>();
		for (String name : value.split(",", -1)) {
			String trimmed = name.strip();
			roles.add(Role.fromClaimValue(trimmed).orElseThrow(() -> invalidRequest(
					"parameter 'roles' names unknown role '" + trimmed + "'; known roles are " + knownRoles())));
		}
		return roles;
	}

	private static String jurisdiction(String value) {
		if (!TokenClaims.isJurisdiction(value)) {
			throw invalidRequest("parameter 'jurisdiction' must be a 6-digit division code, was '" + value + "'");
		}
		return value;
	}

	private static UUID org(String value) {
		return uuid(TokenClaims.ORG, value);
	}

	private static UUID talentId(String value) {
		return uuid(TokenClaims.TALENT_ID, value);
	}

	private static UUID uuid(String name, String value) {
		if (!UUID_PATTERN.matcher(value).matches()) {
			throw invalidRequest("parameter '" + name + "' must be a UUID, was '" + value + "'");
		}
		return UUID.fromString(value);
	}

	private static List<String> knownRoles() {
		return Arrays.stream(Role.values()).map(Role::claimValue).toList();
	}

	private static OAuth2AuthenticationException invalidRequest(String description) {
		return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, description, ERROR_URI));
	}

}
