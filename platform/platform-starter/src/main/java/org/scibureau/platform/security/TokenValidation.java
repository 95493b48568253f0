package org.scibureau.platform.security;

import java.time.Duration;
import java.util.Objects;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The token checks the platform adds to Spring's: a token must expire, and its times hold within a small clock skew;
 * the issuer's key set is fetched with timeouts.
 */
public final class TokenValidation {

	private TokenValidation() {
	}

	/**
	 * Checks a token's lifetime: {@code exp} is required, and {@code exp} and {@code nbf} hold within the skew.
	 * @param clockSkew how far the times may be off
	 * @return the validator, to be added to Spring's defaults
	 */
	public static OAuth2TokenValidator<Jwt> lifetime(Duration clockSkew) {
		return new DelegatingOAuth2TokenValidator<>(new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
				new JwtTimestampValidator(clockSkew));
	}

	/**
	 * The client that fetches the issuer's key set, with timeouts, so that an unreachable issuer fails requests
	 * quickly instead of holding them.
	 * @param connectTimeout the connection timeout
	 * @param responseTimeout the response timeout
	 * @return the client
	 */
	public static WebClient jwksClient(Duration connectTimeout, Duration responseTimeout) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis()))
			.responseTimeout(responseTimeout);
		return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

}
