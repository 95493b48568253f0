package org.scibureau.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.observability.CorrelationId;

/**
 * Writes RFC 9457 {@code application/problem+json} documents in the caller's language (English or Simplified
 * Chinese, by {@code Accept-Language}).
 */
public final class ProblemResponses {

	/** The media type of every error response. */
	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final MessageSource messages;

	private final JsonMapper json;

	public ProblemResponses(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** Writes the problem that describes {@code failure} as the exchange's response. */
	public Mono<Void> write(ServerWebExchange exchange, Throwable failure) {
		return write(exchange, ProblemTranslator.translate(failure));
	}

	/** Writes a problem as the exchange's response. */
	public Mono<Void> write(ServerWebExchange exchange, ProblemException problem) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(problem);
		}
		Locale locale = locale(exchange);
		Map<String, Object> body = body(problem, locale, exchange.getRequest().getPath().value(),
				CorrelationId.of(exchange));
		response.setStatusCode(problem.type().status());
		HttpHeaders headers = response.getHeaders();
		headers.remove(HttpHeaders.ETAG);
		headers.setContentType(PROBLEM_JSON);
		headers.setContentLanguage(locale);
		DataBuffer buffer = response.bufferFactory().wrap(this.json.writeValueAsBytes(body));
		headers.setContentLength(buffer.readableByteCount());
		return response.writeWith(Mono.just(buffer));
	}

	/**
	 * The problem document as a map: {@code type}, {@code title}, {@code status}, {@code detail},
	 * {@code instance}, the extension members and {@code errors[]}.
	 */
	public Map<String, Object> body(ProblemException problem, Locale locale, String instance,
			@Nullable String correlationId) {
		ProblemType type = problem.type();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.type().toString());
		body.put("title", message("problem." + type.slug() + ".title", new Object[0], locale));
		body.put("status", type.status().value());
		String detailKey = (problem.detailKey() != null) ? problem.detailKey() : "problem." + type.slug() + ".detail";
		body.put("detail", message(detailKey, problem.detailArguments(), locale));
		body.put("instance", instance);
		if (correlationId != null) {
			body.put("correlationId", correlationId);
		}
		problem.properties().forEach(body::putIfAbsent);
		if (!problem.errors().isEmpty()) {
			body.put("errors", problem.errors().stream().map((error) -> error(error, locale)).toList());
		}
		return body;
	}

	private Map<String, Object> error(FieldViolation violation, Locale locale) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", violation.field());
		error.put("code", violation.code());
		error.put("message", message(violation.messageKey(), violation.arguments(), locale));
		return error;
	}

	private String message(String key, Object[] arguments, Locale locale) {
		try {
			return this.messages.getMessage(key, arguments, locale);
		}
		catch (NoSuchMessageException ex) {
			return this.messages.getMessage("violation.invalid", new Object[0], locale);
		}
	}

	/** The supported locale closest to the request's {@code Accept-Language}; English by default. */
	static Locale locale(ServerWebExchange exchange) {
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse((header != null) ? header : "en");
		}
		catch (IllegalArgumentException ex) {
			return Locale.ENGLISH;
		}
		for (Locale.LanguageRange range : ranges) {
			String language = range.getRange().toLowerCase(Locale.ROOT);
			if (language.startsWith("zh")) {
				return Locale.SIMPLIFIED_CHINESE;
			}
			if (language.startsWith("en") || language.equals("*")) {
				return Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}

}
