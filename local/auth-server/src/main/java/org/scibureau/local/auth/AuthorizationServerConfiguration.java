package org.scibureau.local.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The authorization server's endpoints, the form login of demo users, and what stays public: health only.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer(server -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			// The OpenID Connect userinfo endpoint takes the access token as a bearer token.
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
			.cors(Customizer.withDefaults())
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browserRequests()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain applicationSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			// Browsers send their CORS preflights for the token endpoint here: it matches POST only.
			.cors(Customizer.withDefaults())
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(ClientsProperties clients, TokenProperties token) {
		return RegisteredClients.repository(clients, token.timeToLive());
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(TokenProperties token) {
		return AuthorizationServerSettings.builder().issuer(token.issuer().toString()).build();
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(TokenProperties token) {
		return new ImmutableJWKSet<>(new JWKSet(SigningKeys.loadOrCreate(token.keyFile())));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Secrets and passwords name their encoder: {noop} for the documented demo values, {bcrypt} for real ones.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Lets the browser apps of the registered redirect URIs (Swagger UI, the dashboard) call the token, JWKS and
	 * userinfo endpoints.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(ClientsProperties clients) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(clients.clients()
			.stream()
			.flatMap(client -> client.redirectUris().stream())
			.map(AuthorizationServerConfiguration::origin)
			.distinct()
			.toList());
		cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name()));
		cors.setAllowedHeaders(List.of("*"));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/oauth2/**", cors);
		source.registerCorsConfiguration("/userinfo", cors);
		source.registerCorsConfiguration("/.well-known/**", cors);
		return source;
	}

	/**
	 * Requests that ask for HTML, that is browsers, which go to the login form; a caller accepting anything, such
	 * as curl, gets a 401 instead.
	 */
	private static MediaTypeRequestMatcher browserRequests() {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return matcher;
	}

	private static String origin(String uri) {
		try {
			URI parsed = new URI(uri);
			return new URI(parsed.getScheme(), null, parsed.getHost(), parsed.getPort(), null, null, null).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("redirect URI '" + uri + "' is not a URI", ex);
		}
	}

}
