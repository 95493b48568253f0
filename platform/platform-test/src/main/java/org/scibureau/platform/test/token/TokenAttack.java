package org.scibureau.platform.test.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;

/**
 * The tokens a resource server must refuse with 401, each otherwise fit for a bureau administrator, so that the token
 * itself is the only reason to refuse. Times lie 45 seconds beyond now: outside the platform's 30-second clock skew,
 * inside the 60 seconds Spring Security would allow by default, so a test also shows that the skew is the
 * platform's.
 */
public enum TokenAttack {

	/** Expired 45 seconds ago. */
	EXPIRED((token) -> token.expiresAt(Instant.now().minus(beyondSkew())).build()),

	/** Valid only from 45 seconds on ({@code nbf}). */
	NOT_YET_VALID((token) -> token.notBefore(Instant.now().plus(beyondSkew())).build()),

	/** Without an {@code exp} claim: a token that would never expire. */
	WITHOUT_EXPIRY((token) -> token.withoutExpiry().build()),

	/** Issued by someone else. */
	WRONG_ISSUER((token) -> token.issuer("https://issuer.example.invalid").build()),

	/** Meant for another API. */
	WRONG_AUDIENCE((token) -> token.audience("another-api").build()),

	/** Meant for no API in particular. */
	WITHOUT_AUDIENCE((token) -> token.audience().build()),

	/** Signed with another key under the issuer's key id. */
	FORGED_SIGNATURE((token) -> token.signedWithForeignKey().build()),

	/** {@code alg: none}. */
	UNSIGNED((token) -> token.unsigned().build()),

	/** HS256 with the issuer's public key as the secret: the RS/HS confusion. */
	ALGORITHM_CONFUSION((token) -> token.hs256WithPublicKeyAsSecret().build()),

	/** The issuer's own key, but RS384 where the issuer signs RS256. */
	UNEXPECTED_ALGORITHM((token) -> token.signedWithRs384().build()),

	/** A valid token whose payload was changed afterwards to claim every role. */
	TAMPERED_PAYLOAD(TokenAttack::tampered),

	/** Not a JWT at all. */
	NOT_A_JWT((token) -> "not-a-jwt");

	private final Function<TestTokens.Token, String> attack;

	TokenAttack(Function<TestTokens.Token, String> attack) {
		this.attack = attack;
	}

	/**
	 * The attacking token, made now.
	 * @return the compact serialization, for an {@code Authorization: Bearer} header
	 */
	public String token() {
		return this.attack.apply(TestTokens.shared().token().roles("bureau-admin").jurisdiction("510100"));
	}

	private static Duration beyondSkew() {
		return Duration.ofSeconds(45);
	}

	private static String tampered(TestTokens.Token token) {
		String[] parts = token.build().split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"roles\":[\"bureau-admin\"]",
					"\"roles\":[\"bureau-admin\",\"plan-officer\",\"finance-officer\",\"auditor\"]");
		return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
				payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
	}

}
