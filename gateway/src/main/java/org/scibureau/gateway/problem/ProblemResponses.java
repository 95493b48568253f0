package org.scibureau.gateway.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.gateway.correlation.CorrelationId;

/**
 * Writes RFC 9457 {@code application/problem+json} documents in the caller's language: Simplified Chinese when
 * {@code Accept-Language} prefers {@code zh}, English otherwise.
 * <p>
 * The document carries {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} (the path
 * the caller asked for, even when the gateway answers from its fallback), {@code correlationId} and the
 * problem's extension members, as the services' documents do.
 */
@Component
public final class ProblemResponses {

	static final String BUNDLE = "org/scibureau/gateway/problem/problems";

	/** The exchange attribute holding the path the caller asked for; see {@link ProblemInstanceWebFilter}. */
	static final String INSTANCE_ATTRIBUTE = ProblemResponses.class.getName() + ".instance";

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename(BUNDLE);
		bundle.setDefaultEncoding("UTF-8");
		// English is the bundle's default; the JVM's own locale must not decide the answer's language.
		bundle.setFallbackToSystemLocale(false);
		this.messages = bundle;
	}

	/**
	 * Writes a problem as the exchange's response, replacing whatever status and body it had.
	 * @param exchange the exchange to answer
	 * @param problem what to report
	 * @return completes when the document is written
	 */
	public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
		ServerHttpResponse response = exchange.getResponse();
		Locale locale = locale(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
		Map<String, Object> body = body(problem, locale, instance(exchange), CorrelationId.of(exchange));
		response.setStatusCode(problem.type().status());
		HttpHeaders headers = response.getHeaders();
		headers.remove(HttpHeaders.ETAG);
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLanguage(locale);
		DataBuffer buffer = response.bufferFactory().wrap(this.json.writeValueAsBytes(body));
		headers.setContentLength(buffer.readableByteCount());
		return response.writeWith(Mono.just(buffer));
	}

	Map<String, Object> body(Problem problem, Locale locale, String instance, @Nullable String correlationId) {
		ProblemType type = problem.type();
		String detailKey = (problem.detailKey() != null) ? problem.detailKey() : "problem." + type.slug() + ".detail";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.type().toString());
		body.put("title", this.messages.getMessage("problem." + type.slug() + ".title", null, locale));
		body.put("status", type.status().value());
		body.put("detail", this.messages.getMessage(detailKey, problem.detailArguments().toArray(), locale));
		body.put("instance", instance);
		if (correlationId != null) {
			body.put("correlationId", correlationId);
		}
		problem.properties().forEach(body::putIfAbsent);
		return body;
	}

	private static String instance(ServerWebExchange exchange) {
		return exchange.getAttributeOrDefault(INSTANCE_ATTRIBUTE, exchange.getRequest().getPath().value());
	}

	/**
	 * The supported locale closest to an {@code Accept-Language} header.
	 * @param acceptLanguage the header's value, if any
	 * @return {@link Locale#SIMPLIFIED_CHINESE} when Chinese comes before English, else {@link Locale#ENGLISH}
	 */
	static Locale locale(@Nullable String acceptLanguage) {
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse((acceptLanguage != null) ? acceptLanguage : "en");
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
