package org.scibureau.platform.autoconfigure;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.JwkSetUriReactiveJwtDecoderBuilderCustomizer;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.SecurityWebFilterChain;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.PlatformSecurity;
import org.scibureau.platform.security.ProblemSecurityHandlers;
import org.scibureau.platform.security.TokenProperties;
import org.scibureau.platform.security.TokenValidation;
import org.scibureau.platform.web.ProblemResponses;

/**
 * Every service is a JWT resource server with the platform's public paths and its own {@link AccessRules}, checking
 * tokens as {@link TokenValidation} adds to Spring's checks.
 */
@AutoConfiguration(after = PlatformWebAutoConfiguration.class,
		before = { ReactiveWebSecurityAutoConfiguration.class, ReactiveOAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(TokenProperties.class)
public final class PlatformSecurityAutoConfiguration {

	/** Added by Spring Boot to its own checks of issuer, audience, signature and times. */
	@Bean
	OAuth2TokenValidator<Jwt> platformTokenLifetimeValidator(TokenProperties properties) {
		return TokenValidation.lifetime(properties.clockSkew());
	}

	@Bean
	JwkSetUriReactiveJwtDecoderBuilderCustomizer platformJwksClient(TokenProperties properties) {
		return (builder) -> builder
			.webClient(TokenValidation.jwksClient(properties.jwksConnectTimeout(), properties.jwksResponseTimeout()));
	}

	@Bean
	ProblemSecurityHandlers problemSecurityHandlers(ProblemResponses problems) {
		return new ProblemSecurityHandlers(problems);
	}

	@Bean
	@ConditionalOnMissingBean(SecurityWebFilterChain.class)
	SecurityWebFilterChain platformSecurityWebFilterChain(ServerHttpSecurity http, List<AccessRules> rules,
			ProblemSecurityHandlers handlers) {
		return PlatformSecurity.chain(http, rules, handlers);
	}

}
