package org.scibureau.platform.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service checks the bearer tokens it is sent, beyond Spring's issuer, audience and signature checks (the
 * algorithm is pinned by {@code spring.security.oauth2.resourceserver.jwt.jws-algorithms}).
 *
 * @param clockSkew how far a token's {@code exp} and {@code nbf} may be off the service's clock: small, since the
 * issuer and the services run on synchronised clocks
 * @param jwksConnectTimeout how long to wait for a connection to the issuer's key set
 * @param jwksResponseTimeout how long to wait for the issuer's key set once connected; a request whose token needs
 * keys the service cannot fetch in time answers 503
 */
@ConfigurationProperties("scibureau.security.token")
@Validated
public record TokenProperties(@DefaultValue("30s") @NotNull Duration clockSkew,
		@DefaultValue("2s") @NotNull Duration jwksConnectTimeout, @DefaultValue("5s") @NotNull Duration jwksResponseTimeout) {
}
