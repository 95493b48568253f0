package org.scibureau.local.auth;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the authorization server issues and signs tokens.
 *
 * @param issuer the {@code iss} of every token and the issuer the discovery documents publish; services check it
 * @param audience the single {@code aud} value of every access token
 * @param timeToLive how long an access token stays valid
 * @param keyFile a JSON Web Key file holding the RSA signing key, created on first start and reused afterwards so
 * tokens survive a restart; without it a new key is generated at every start
 */
@Validated
@ConfigurationProperties("scibureau.auth.token")
record TokenProperties(@NotNull URI issuer, @NotBlank String audience, @NotNull Duration timeToLive,
		@Nullable Path keyFile) {

	TokenProperties {
		// Binding hands over null for a missing value before bean validation runs.
		if (timeToLive != null && (timeToLive.isNegative() || timeToLive.isZero())) {
			throw new IllegalArgumentException("scibureau.auth.token.time-to-live must be positive, was " + timeToLive);
		}
	}

}
