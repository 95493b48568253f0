package org.scibureau.gateway.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One problem to report: its type, the message that details it and any extension members.
 *
 * @param type the kind of problem, which fixes the status, type URI and title
 * @param detailKey the bundle key of the detail; {@code null} for the type's general detail
 * @param detailArguments the arguments of the detail message
 * @param properties extension members added to the document, e.g. {@code service}
 */
public record Problem(ProblemType type, @Nullable String detailKey, List<Object> detailArguments,
		Map<String, Object> properties) {

	public Problem {
		detailArguments = List.copyOf(detailArguments);
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	/**
	 * A problem with its type's general detail and no extension members.
	 * @param type the kind of problem
	 * @return the problem
	 */
	public static Problem of(ProblemType type) {
		return new Problem(type, null, List.of(), Map.of());
	}

	/**
	 * The answer when a caller is over its rate limit.
	 * @param perSecond the caller's sustained rate
	 * @param retryAfterSeconds when it may try again
	 * @return a 429 problem saying both
	 */
	public static Problem tooManyRequests(double perSecond, long retryAfterSeconds) {
		return new Problem(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.limit",
				List.of(perSecond, retryAfterSeconds), Map.of());
	}

	/**
	 * The answer when a service behind the gateway does not answer in time, refuses connections or has its
	 * circuit breaker open.
	 * @param service the service's name, e.g. {@code plan-service}
	 * @return a 503 problem naming the service
	 */
	public static Problem serviceUnavailable(String service) {
		return new Problem(ProblemType.SERVICE_UNAVAILABLE, "problem.service-unavailable.service", List.of(service),
				Map.of("service", service));
	}

}
