package org.scibureau.gateway.security;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

import org.scibureau.gateway.problem.Problem;
import org.scibureau.gateway.problem.ProblemResponses;
import org.scibureau.gateway.problem.ProblemType;

/**
 * Spring's CORS check ({@link DefaultCorsProcessor}) in the security chain's CORS slot, but a refused request is
 * answered with a 403 {@code cross-origin-refused} problem like every other refusal, instead of Spring's 403 with an
 * empty body. A preflight that passes is answered here; nothing cross-origin that fails reaches a service.
 */
final class ProblemCorsWebFilter implements WebFilter {

	private final CorsConfigurationSource configurations;

	private final CorsProcessor processor = new DefaultCorsProcessor();

	private final ProblemResponses problems;

	ProblemCorsWebFilter(CorsConfigurationSource configurations, ProblemResponses problems) {
		this.configurations = configurations;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		CorsConfiguration configuration = this.configurations.getCorsConfiguration(exchange);
		if (!this.processor.process(configuration, exchange)) {
			return this.problems.write(exchange, Problem.of(ProblemType.CROSS_ORIGIN_REFUSED));
		}
		if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
			return Mono.empty();
		}
		return chain.filter(exchange);
	}

}
