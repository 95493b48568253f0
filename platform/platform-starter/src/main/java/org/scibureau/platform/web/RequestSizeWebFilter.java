package org.scibureau.platform.web;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body over its path's limit (see {@link RequestSizeLimits}) with 413: at once, before reading
 * it, when the declared {@code Content-Length} is over, or as soon as a body without a declared length (chunked)
 * grows over.
 * <p>
 * Runs after security (401/403 come first, as DESIGN.md orders the checks). A body that grows over the limit
 * fails with {@link DataBufferLimitException}, which whoever reads it answers as 413, as the codecs' own
 * {@code max-in-memory-size} does.
 */
public final class RequestSizeWebFilter implements WebFilter, Ordered {

	private final RequestSizeLimits limits;

	private final ProblemResponses problems;

	public RequestSizeWebFilter(RequestSizeLimits limits, ProblemResponses problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long maxBytes = this.limits.maxBytes(exchange.getRequest());
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > maxBytes) {
			return this.problems.write(exchange, new ProblemException(ProblemType.PAYLOAD_TOO_LARGE));
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new BoundedBody(exchange.getRequest(), maxBytes)).build());
	}

	@Override
	public int getOrder() {
		return 0;
	}

	/** A request whose body fails with {@link DataBufferLimitException} once it passes the limit. */
	private static final class BoundedBody extends ServerHttpRequestDecorator {

		private final long maxBytes;

		BoundedBody(ServerHttpRequest delegate, long maxBytes) {
			super(delegate);
			this.maxBytes = maxBytes;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				AtomicLong received = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (received.addAndGet(buffer.readableByteCount()) > this.maxBytes) {
						DataBufferUtils.release(buffer);
						sink.error(new DataBufferLimitException("Request body larger than " + this.maxBytes + " bytes"));
						return;
					}
					sink.next(buffer);
				});
			});
		}

	}

}
