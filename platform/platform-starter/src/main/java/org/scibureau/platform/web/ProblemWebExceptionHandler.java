package org.scibureau.platform.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

import org.scibureau.platform.observability.CorrelationId;

/**
 * The one place every unhandled failure of a request becomes a problem document.
 * <p>
 * Ordered before Spring Boot's error handler, so no HTML page, stack trace or internal name ever reaches a
 * caller. Only failures of our own (5xx) are logged as errors, with the correlation id.
 */
public final class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

	private static final Log logger = LogFactory.getLog(ProblemWebExceptionHandler.class);

	private final ProblemResponses problems;

	public ProblemWebExceptionHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		ProblemException problem = ProblemTranslator.translate(failure);
		if (problem.type().status().is5xxServerError()) {
			logger.error("Request " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath()
					+ " failed [correlationId=" + CorrelationId.of(exchange) + "]", failure);
		}
		if (failure instanceof ResponseStatusException status && !exchange.getResponse().isCommitted()) {
			// Headers that belong to the status, such as Allow of a 405.
			exchange.getResponse().getHeaders().addAll(status.getHeaders());
		}
		return this.problems.write(exchange, problem);
	}

	@Override
	public int getOrder() {
		return -2;
	}

}
