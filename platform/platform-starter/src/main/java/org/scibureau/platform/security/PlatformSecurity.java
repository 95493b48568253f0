package org.scibureau.platform.security;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;

/**
 * Builds the security filter chain every service runs: stateless JWT resource server, public health, API docs
 * and {@code /api/<service>/public/**} reads, the service's {@link AccessRules}, authentication for the rest.
 */
public final class PlatformSecurity {

	/** Paths anyone may GET without a token. */
	public static final List<String> PUBLIC_READS = List.of("/api/*/public/**", "/api/*/api-docs", "/api/*/api-docs/**",
			"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**");

	/** Actuator endpoints reachable without a token (never routed by the gateway except health). */
	public static final List<String> PUBLIC_ACTUATOR = List.of("/actuator/health", "/actuator/health/**",
			"/actuator/prometheus", "/actuator/info");

	/** No API response or Swagger UI page needs a device, a sensor or a payment. */
	public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private PlatformSecurity() {
	}

	/** The chain, with the service's rules applied between the public paths and the catch-all. */
	public static SecurityWebFilterChain chain(ServerHttpSecurity http, List<AccessRules> rules,
			ProblemSecurityHandlers handlers) {
		JwtAuthenticationConverter jwt = new JwtAuthenticationConverter();
		jwt.setJwtGrantedAuthoritiesConverter(new RolesAuthoritiesConverter());
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// Besides Spring's defaults (nosniff, frame options, Cache-Control no-store, HSTS over HTTPS), as the gateway.
			.headers((headers) -> headers
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
				.permissionsPolicy((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.writer(new ContentSecurityPolicyWriter()))
			.authorizeExchange((exchanges) -> {
				exchanges.pathMatchers(HttpMethod.OPTIONS).permitAll();
				exchanges.pathMatchers(HttpMethod.GET, PUBLIC_ACTUATOR.toArray(String[]::new)).permitAll();
				exchanges.pathMatchers(HttpMethod.GET, PUBLIC_READS.toArray(String[]::new)).permitAll();
				rules.forEach((rule) -> rule.configure(exchanges));
				exchanges.anyExchange().authenticated();
			})
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwtSpec) -> jwtSpec.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(jwt)))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.addFilterAfter(new CallerAttributeWebFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
			.build();
	}

}
