package org.scibureau.gateway.problem;

import java.util.Arrays;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

import org.scibureau.gateway.correlation.CorrelationId;

/**
 * The one place every unhandled failure of a request becomes a problem document: an unknown path (404), a body
 * over the limit (413), an unexpected failure (500, disclosing nothing).
 * <p>
 * Ordered before Spring Boot's error handler, so no HTML page, stack trace or internal host name reaches a caller.
 * Only the gateway's own failures (5xx) are logged, with the correlation id.
 */
@Component
final class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

	private static final Log logger = LogFactory.getLog(ProblemWebExceptionHandler.class);

	private final ProblemResponses problems;

	ProblemWebExceptionHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted()) {
			// Too late for a document: let the server abort the response.
			return Mono.error(failure);
		}
		Problem problem = problemFor(failure);
		if (problem.type().status().is5xxServerError()) {
			logger.error("Request " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath()
					+ " failed [correlationId=" + CorrelationId.of(exchange) + "]", failure);
		}
		return this.problems.write(exchange, problem);
	}

	@Override
	public int getOrder() {
		return -2;
	}

	static Problem problemFor(Throwable failure) {
		if (causedBy(failure, DataBufferLimitException.class)) {
			return Problem.of(ProblemType.PAYLOAD_TOO_LARGE);
		}
		if (failure instanceof AuthenticationServiceException || causedBy(failure, WebClientException.class)) {
			// The token could not be checked: the issuer's key set is unreachable (the gateway's only WebClient call;
			// routes use their own client inside the circuit breaker). Not the caller's fault.
			return Problem.of(ProblemType.SERVICE_UNAVAILABLE);
		}
		if (failure instanceof AuthenticationException) {
			return Problem.of(ProblemType.UNAUTHORIZED);
		}
		if (failure instanceof AccessDeniedException) {
			return Problem.of(ProblemType.FORBIDDEN);
		}
		if (failure instanceof TimeoutException) {
			return Problem.of(ProblemType.SERVICE_UNAVAILABLE);
		}
		if (failure instanceof ServerWebInputException) {
			return Problem.of(ProblemType.MALFORMED_REQUEST);
		}
		if (failure instanceof ResponseStatusException status) {
			return byStatus(HttpStatus.resolve(status.getStatusCode().value()));
		}
		return Problem.of(ProblemType.INTERNAL);
	}

	private static Problem byStatus(@Nullable HttpStatus status) {
		if (status == null) {
			return Problem.of(ProblemType.INTERNAL);
		}
		return switch (status) {
			case NOT_FOUND -> Problem.of(ProblemType.NO_SUCH_ENDPOINT);
			case SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT, BAD_GATEWAY -> Problem.of(ProblemType.SERVICE_UNAVAILABLE);
			default -> Arrays.stream(ProblemType.values())
				.filter((type) -> type.status() == status)
				.findFirst()
				.map(Problem::of)
				.orElseGet(() -> Problem.of(ProblemType.INTERNAL));
		};
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
