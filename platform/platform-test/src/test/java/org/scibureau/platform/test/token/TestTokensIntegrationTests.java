package org.scibureau.platform.test.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;

import static org.assertj.core.api.Assertions.assertThat;

class TestTokensIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final TestTokens tokens = TestTokens.shared();

	private final ReactiveJwtDecoder decoder = decoder(tokens.jwkSetUri(), tokens.issuer());

	@Test
	void issuesTokensThatTheJwkSetValidatesWithAllClaims() {
		String token = tokens.token()
			.roles("plan-officer", "auditor")
			.org("org-7")
			.jurisdiction("510100")
			.talentId("talent-3")
			.clientId("plan-ui")
			.subject("officer-1")
			.build();

		StepVerifier.create(decoder.decode(token)).assertNext((jwt) -> {
			assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");
			assertThat(jwt.getSubject()).isEqualTo("officer-1");
			assertThat(jwt.getIssuer()).hasToString(tokens.issuer());
			assertThat(jwt.getAudience()).containsExactly(TestTokens.AUDIENCE);
			assertThat(jwt.getClaimAsStringList("roles")).containsExactly("plan-officer", "auditor");
			assertThat(jwt.getClaimAsString("org")).isEqualTo("org-7");
			assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo("510100");
			assertThat(jwt.getClaimAsString("talent_id")).isEqualTo("talent-3");
			assertThat(jwt.getClaimAsString("client_id")).isEqualTo("plan-ui");
			assertThat(jwt.getId()).isNotBlank();
			assertThat(jwt.getIssuedAt()).isNotNull();
			assertThat(jwt.getNotBefore()).isNotNull();
			assertThat(jwt.getExpiresAt()).isBetween(Instant.now().plusSeconds(540), Instant.now().plusSeconds(610));
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void appliesDefaultsAndOmitsUnsetOptionalClaims() {
		String token = tokens.token().build();

		StepVerifier.create(decoder.decode(token)).assertNext((jwt) -> {
			assertThat(jwt.getSubject()).isEqualTo("test-user");
			assertThat(jwt.getClaimAsString("client_id")).isEqualTo("test-client");
			assertThat(jwt.getClaimAsStringList("roles")).isEmpty();
			assertThat(jwt.getClaims()).doesNotContainKeys("org", "jurisdiction", "talent_id");
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void servesOpenIdProviderMetadataForTheIssuer() {
		ReactiveJwtDecoder fromIssuer = ReactiveJwtDecoders.fromIssuerLocation(tokens.issuer());

		StepVerifier.create(fromIssuer.decode(tokens.token().build()))
			.assertNext((jwt) -> assertThat(jwt.getSubject()).isEqualTo("test-user"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void rejectsAnExpiredToken() {
		String token = tokens.token().expiresIn(Duration.ofMinutes(-5)).build();

		StepVerifier.create(decoder.decode(token)).expectError(JwtValidationException.class).verify(TIMEOUT);
	}

	@Test
	void rejectsATokenThatIsNotYetValid() {
		String token = tokens.token().notBefore(Instant.now().plus(Duration.ofMinutes(5))).build();

		StepVerifier.create(decoder.decode(token)).expectError(JwtValidationException.class).verify(TIMEOUT);
	}

	@Test
	void rejectsATokenForAnotherAudienceOrIssuer() {
		String otherAudience = tokens.token().audience("other-api").build();
		String otherIssuer = tokens.token().issuer("https://attacker.example").build();

		StepVerifier.create(decoder.decode(otherAudience)).expectError(JwtValidationException.class).verify(TIMEOUT);
		StepVerifier.create(decoder.decode(otherIssuer)).expectError(JwtValidationException.class).verify(TIMEOUT);
	}

	@Test
	void rejectsATokenSignedWithAForeignKeyUnderTheSameKeyId() {
		String token = tokens.token().roles("bureau-admin").signedWithForeignKey().build();

		StepVerifier.create(decoder.decode(token)).expectError(BadJwtException.class).verify(TIMEOUT);
	}

	@Test
	void rejectsAnUnsignedToken() {
		String token = tokens.token().roles("bureau-admin").unsigned().build();

		assertThat(token).endsWith(".");
		StepVerifier.create(decoder.decode(token)).expectError(BadJwtException.class).verify(TIMEOUT);
	}

	@Test
	void rejectsAnHmacTokenKeyedWithThePublicKey() {
		String token = tokens.token().roles("bureau-admin").hs256WithPublicKeyAsSecret().build();

		StepVerifier.create(decoder.decode(token)).expectError(BadJwtException.class).verify(TIMEOUT);
	}

	@Test
	void letsATestShapeClaimsFreely() {
		String token = tokens.token().claim("roles", "plan-officer").claim("client_id", null).build();

		StepVerifier.create(decoder.decode(token)).assertNext((jwt) -> {
			assertThat(jwt.getClaims().get("roles")).isEqualTo("plan-officer");
			assertThat(jwt.getClaims()).doesNotContainKey("client_id");
		}).expectComplete().verify(TIMEOUT);
	}

	private static ReactiveJwtDecoder decoder(String jwkSetUri, String issuer) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
				(aud) -> aud != null && aud.contains(TestTokens.AUDIENCE));
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
		return decoder;
	}

}
