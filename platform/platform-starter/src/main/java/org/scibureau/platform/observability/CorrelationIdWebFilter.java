package org.scibureau.platform.observability;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Accepts the caller's {@code X-Correlation-Id} (or creates one), echoes it in the response and puts it in the
 * Reactor context, so logs and published events carry it.
 * <p>
 * Runs first, before security, so even a refused request has a correlation id in its problem document.
 */
public final class CorrelationIdWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String correlationId = CorrelationId
			.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
		CorrelationId.bind(exchange, correlationId);
		exchange.getResponse().getHeaders().set(CorrelationId.HEADER, correlationId);
		return chain.filter(exchange).contextWrite((context) -> CorrelationId.with(context, correlationId));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
