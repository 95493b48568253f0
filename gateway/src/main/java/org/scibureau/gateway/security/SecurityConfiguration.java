package org.scibureau.gateway.security;

import java.util.List;
import java.util.Objects;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.JwkSetUriReactiveJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

import org.scibureau.gateway.GatewayProperties;
import org.scibureau.gateway.correlation.CorrelationId;
import org.scibureau.gateway.problem.ProblemResponses;

/**
 * The gateway's security: a stateless JWT resource server for {@code /api/**} (issuer, key set and audience from
 * {@code spring.security.oauth2.resourceserver.jwt.*}), the platform's public reads open, CORS for the configured
 * dashboard origins only, and security headers on every response.
 * <p>
 * The gateway checks only that a token is valid (as the services do: pinned algorithm, required expiry, small clock
 * skew); which roles may do what is each service's decision.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	/** API paths anyone may read without a token: transparency reads and each service's OpenAPI document. */
	static final String[] PUBLIC_API_READS = { "/api/*/public/**", "/api/*/api-docs", "/api/*/api-docs/**" };

	/** No API response or Swagger UI page needs a device, a sensor or a payment. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	@Bean
	SecurityWebFilterChain gatewaySecurityWebFilterChain(ServerHttpSecurity http, ProblemSecurityHandlers handlers,
			GatewayProperties properties, ProblemResponses problems) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// Spring's CORS filter answers a refusal with an empty 403: ours, in the same place, with a problem.
			.cors(ServerHttpSecurity.CorsSpec::disable)
			.addFilterAt(new ProblemCorsWebFilter(corsConfigurationSource(properties.cors()), problems),
					SecurityWebFiltersOrder.CORS)
			// Besides Spring's defaults (nosniff, Cache-Control no-store unless the service set caching headers, HSTS
			// over HTTPS): a CSP per kind of response, no referrer, no browser features.
			.headers((headers) -> headers.frameOptions((frame) -> frame.mode(Mode.DENY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicy((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.writer(new ContentSecurityPolicyWriter()))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(HttpMethod.GET, PUBLIC_API_READS)
				.permitAll()
				.pathMatchers(HttpMethod.HEAD, PUBLIC_API_READS)
				.permitAll()
				.pathMatchers("/api/**")
				.authenticated()
				// Nothing outside /api/** is routed: the rest is the gateway's health, its Swagger UI, or a 404.
				.anyExchange()
				.permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.build();
	}

	/**
	 * Added by Spring Boot to its checks of issuer, audience, signature and times: a token must expire, and its times
	 * hold within the clock skew.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> tokenLifetimeValidator(GatewayProperties properties) {
		return new DelegatingOAuth2TokenValidator<>(new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
				new JwtTimestampValidator(properties.token().clockSkew()));
	}

	/** Fetches the issuer's key set with timeouts, so that an unreachable issuer fails requests quickly (503). */
	@Bean
	JwkSetUriReactiveJwtDecoderBuilderCustomizer jwksClientWithTimeouts(GatewayProperties properties) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
					Math.toIntExact(properties.token().jwksConnectTimeout().toMillis()))
			.responseTimeout(properties.token().jwksResponseTimeout());
		return (builder) -> builder
			.webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build());
	}

	/**
	 * CORS for every path. With no allowed origin configured every cross-origin request is refused here (403
	 * {@code cross-origin-refused}), so a preflight never reaches a service.
	 */
	static CorsConfigurationSource corsConfigurationSource(GatewayProperties.Cors cors) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(cors.allowedOrigins());
		configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
				HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key",
				CorrelationId.HEADER));
		configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.CONTENT_LANGUAGE,
				HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE, CorrelationId.HEADER));
		// Bearer tokens, no cookies: credentials mode stays off.
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(cors.maxAge());
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

}
