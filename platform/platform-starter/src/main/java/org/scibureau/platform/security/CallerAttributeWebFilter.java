package org.scibureau.platform.security;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Notes the authenticated caller of a request in the exchange's attributes, for code that runs around the security
 * chain rather than inside it: the audit record of a request refused by a role check names who was refused.
 * <p>
 * Sits in the security chain right after authentication and before the role checks; a request without a valid
 * token never gets this far, so it has no caller.
 */
public final class CallerAttributeWebFilter implements WebFilter {

	private static final String ATTRIBUTE = CallerAttributeWebFilter.class.getName() + ".caller";

	/** The authenticated caller of a request once the security chain has seen it, else {@code null}. */
	public static @Nullable Caller of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return CallerArgumentResolver.current()
			.filter(Caller::isAuthenticated)
			.doOnNext((caller) -> exchange.getAttributes().put(ATTRIBUTE, caller))
			.then(chain.filter(exchange));
	}

}
