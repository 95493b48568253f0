package org.scibureau.platform.autoconfigure;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.PlatformSecurity;
import org.scibureau.platform.security.ProblemSecurityHandlers;
import org.scibureau.platform.web.ProblemResponses;

/**
 * Every service is a JWT resource server with the platform's public paths and its own {@link AccessRules}.
 */
@AutoConfiguration(after = PlatformWebAutoConfiguration.class,
		before = { ReactiveWebSecurityAutoConfiguration.class, ReactiveOAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
public final class PlatformSecurityAutoConfiguration {

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
