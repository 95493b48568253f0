package org.scibureau.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebExchange;

/**
 * The id that ties together everything one request caused, across the gateway, the service and the events it
 * published. It travels as the HTTP header {@value #HEADER}; inside the gateway it is an attribute of the exchange,
 * which the gateway's log lines name.
 */
public final class CorrelationId {

	/** The HTTP request and response header. */
	public static final String HEADER = "X-Correlation-Id";

	private static final String EXCHANGE_ATTRIBUTE = CorrelationId.class.getName();

	/** What may be echoed into headers and logs without escaping: no spaces, no line breaks, bounded length. */
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private CorrelationId() {
	}

	/**
	 * The caller's id if it is safe to echo, else a fresh random UUID.
	 * @param offered the incoming header's value, if any
	 * @return the id to use for this request
	 */
	public static String acceptOrGenerate(@Nullable String offered) {
		return (offered != null && ACCEPTABLE.matcher(offered).matches()) ? offered : UUID.randomUUID().toString();
	}

	/**
	 * The correlation id of a request, once {@link CorrelationIdWebFilter} has seen it.
	 * @param exchange the request's exchange
	 * @return the id, or {@code null} before the filter ran
	 */
	public static @Nullable String of(ServerWebExchange exchange) {
		return exchange.getAttribute(EXCHANGE_ATTRIBUTE);
	}

	static void bind(ServerWebExchange exchange, String correlationId) {
		exchange.getAttributes().put(EXCHANGE_ATTRIBUTE, correlationId);
	}

}
