package org.scibureau.platform.observability;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * The id that ties together everything one request or event caused: its log lines, the events it published
 * and the log lines of the consumers of those events.
 * <p>
 * It travels as the HTTP header {@value #HEADER}, the Reactor context key {@value #KEY} and the Kafka header
 * {@value #KAFKA_HEADER}. It is not mirrored into the logging MDC (ADR 0028): the log lines about a request or an
 * event name it themselves.
 */
public final class CorrelationId {

	/** The HTTP request and response header. */
	public static final String HEADER = "X-Correlation-Id";

	/** The Reactor context key. */
	public static final String KEY = "correlationId";

	/** The Kafka record header (a CloudEvents extension attribute in binary mode). */
	public static final String KAFKA_HEADER = "ce_correlationid";

	private static final String EXCHANGE_ATTRIBUTE = CorrelationId.class.getName();

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private CorrelationId() {
	}

	/** A fresh correlation id. */
	public static String generate() {
		return UUID.randomUUID().toString();
	}

	/** The caller's id if it is safe to echo into logs and headers, else a fresh one. */
	public static String acceptOrGenerate(@Nullable String offered) {
		return (offered != null && ACCEPTABLE.matcher(offered).matches()) ? offered : generate();
	}

	/** The correlation id of a request, once {@link CorrelationIdWebFilter} has seen it. */
	public static @Nullable String of(ServerWebExchange exchange) {
		return exchange.getAttribute(EXCHANGE_ATTRIBUTE);
	}

	static void bind(ServerWebExchange exchange, String correlationId) {
		exchange.getAttributes().put(EXCHANGE_ATTRIBUTE, correlationId);
	}

	/** The correlation id in a Reactor context, if any. */
	public static Optional<String> from(ContextView context) {
		return context.getOrEmpty(KEY);
	}

	/** The correlation id of the current reactive pipeline, if any. */
	public static Mono<Optional<String>> current() {
		return Mono.deferContextual((context) -> Mono.just(from(context)));
	}

	/** A context carrying a correlation id, for {@code contextWrite}. */
	public static Context with(Context context, String correlationId) {
		return context.put(KEY, correlationId);
	}

}
