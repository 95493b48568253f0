package org.scibureau.gateway.limits;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.gateway.GatewayProperties;
import org.scibureau.gateway.problem.Problem;
import org.scibureau.gateway.problem.ProblemResponses;
import org.scibureau.gateway.problem.ProblemType;

/**
 * Refuses request bodies over {@code scibureau.gateway.max-request-size} with 413: at once when the declared
 * {@code Content-Length} is over, or as soon as a body without a declared length (chunked) grows over. The upload
 * paths ({@code scibureau.gateway.uploads.paths}) have their own, larger limit.
 * <p>
 * Needed because the routes' circuit-breaker fallback makes the gateway hold each request body in memory, so it
 * can be replayed. Runs after security, so a request without a valid token gets 401 first.
 */
@Component
final class RequestSizeWebFilter implements WebFilter, Ordered {

	private final long maxBytes;

	private final long maxUploadBytes;

	private final List<PathPattern> uploadPaths;

	private final ProblemResponses problems;

	RequestSizeWebFilter(GatewayProperties properties, ProblemResponses problems) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.maxUploadBytes = properties.uploads().maxSize().toBytes();
		this.uploadPaths = properties.uploads().paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long limit = isUpload(exchange) ? this.maxUploadBytes : this.maxBytes;
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > limit) {
			return this.problems.write(exchange, Problem.of(ProblemType.PAYLOAD_TOO_LARGE));
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new BoundedBody(exchange.getRequest(), limit)).build());
	}

	private boolean isUpload(ServerWebExchange exchange) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		return this.uploadPaths.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	@Override
	public int getOrder() {
		return 0;
	}

	/**
	 * A request whose body fails with {@link DataBufferLimitException} (answered as 413) once it passes the limit.
	 */
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
