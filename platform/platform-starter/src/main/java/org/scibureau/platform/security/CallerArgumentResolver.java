package org.scibureau.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Resolves a {@link Caller} controller parameter from the request's validated token (anonymous without one).
 */
public final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
			ServerWebExchange exchange) {
		return current().cast(Object.class);
	}

	/** The caller of the current request. */
	public static Mono<Caller> current() {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((authentication) -> Caller.of(((JwtAuthenticationToken) authentication).getToken()))
			.defaultIfEmpty(Caller.anonymous());
	}

}
