package org.scibureau.gateway.problem;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Remembers the path the caller asked for, because a route's circuit breaker forwards a failed request to the
 * fallback's own path, and the problem's {@code instance} must still name the caller's path.
 */
@Component
final class ProblemInstanceWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getAttributes()
			.putIfAbsent(ProblemResponses.INSTANCE_ATTRIBUTE, exchange.getRequest().getPath().value());
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
