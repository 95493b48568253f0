package org.scibureau.gateway.correlation;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Accepts the caller's {@code X-Correlation-Id} when it is safe (or replaces it with a fresh one), forwards it to
 * the service in place of the caller's value, echoes it in the response and keeps it on the exchange.
 * <p>
 * Runs first, so even a request refused by security or the firewall has a correlation id in its problem document.
 */
@Component
final class CorrelationIdWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String correlationId = CorrelationId
			.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
		CorrelationId.bind(exchange, correlationId);
		ServerWebExchange forwarded = exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(CorrelationId.HEADER, correlationId)))
			.build();
		// Set at commit time: a circuit-breaker fallback drops the headers copied from the service's response.
		forwarded.getResponse().beforeCommit(() -> {
			forwarded.getResponse().getHeaders().set(CorrelationId.HEADER, correlationId);
			return Mono.empty();
		});
		return chain.filter(forwarded);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
