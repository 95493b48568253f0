package org.scibureau.gateway.routing;

import io.swagger.v3.oas.annotations.Hidden;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

import org.scibureau.gateway.correlation.CorrelationId;
import org.scibureau.gateway.problem.Problem;
import org.scibureau.gateway.problem.ProblemResponses;
import org.scibureau.gateway.problem.ProblemType;

/**
 * Where every route's circuit breaker forwards a request its service did not answer (connection refused, no
 * response headers within the route's time limit, breaker open): a 503 problem naming the service, which is the
 * route's id.
 * <p>
 * Only reachable by that forward: a caller who asks for {@value #PATH} directly gets a 404.
 */
@RestController
@Hidden
class ServiceUnavailableFallback {

	/** The fallback's path, the target of the routes' {@code fallbackUri: forward:/gateway/fallback}. */
	static final String PATH = "/gateway/fallback";

	private static final Log logger = LogFactory.getLog(ServiceUnavailableFallback.class);

	private final ProblemResponses problems;

	ServiceUnavailableFallback(ProblemResponses problems) {
		this.problems = problems;
	}

	@RequestMapping(PATH)
	Mono<Void> serviceUnavailable(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (route == null) {
			return this.problems.write(exchange, Problem.of(ProblemType.NO_SUCH_ENDPOINT));
		}
		Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		logger.warn(route.getId() + " did not answer " + exchange.getRequest().getMethod() + " [correlationId="
				+ CorrelationId.of(exchange) + "]: " + ((failure != null) ? failure : "unknown failure"));
		return this.problems.write(exchange, Problem.serviceUnavailable(route.getId()));
	}

}
