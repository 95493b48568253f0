package org.scibureau.platform.web;

import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared {@code Content-Length} exceeds the limit with 413 before reading it.
 * <p>
 * Runs after security (401/403 come first, as DESIGN.md orders the checks). Bodies without a declared length
 * are bounded by the codecs' {@code max-in-memory-size}, which also ends in 413.
 */
public final class RequestSizeWebFilter implements WebFilter, Ordered {

	private final long maxBytes;

	private final ProblemResponses problems;

	public RequestSizeWebFilter(DataSize maxRequestSize, ProblemResponses problems) {
		this.maxBytes = maxRequestSize.toBytes();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getHeaders().getContentLength() > this.maxBytes) {
			return this.problems.write(exchange, new ProblemException(ProblemType.PAYLOAD_TOO_LARGE));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
