package org.scibureau.platform.idempotency;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemResponses;
import org.scibureau.platform.web.ProblemType;
import org.scibureau.platform.web.RequestSizeLimits;

/**
 * Makes creating POSTs safe to retry with an {@code Idempotency-Key} header.
 * <p>
 * The first request with a key runs and its response (any status below 500) is stored; a later request with
 * the same key and the same method, path and body gets that response again, marked
 * {@code Idempotent-Replayed: true}; the same key with another request is 422; a key whose first request is
 * still running is 409. Keys belong to the caller (token subject), so callers cannot see each other's
 * responses. Runs after security, so a refused request never claims a key.
 */
public final class IdempotencyWebFilter implements WebFilter, Ordered {

	/** The request header. */
	public static final String HEADER = "Idempotency-Key";

	/** The response header marking a replayed response. */
	public static final String REPLAYED = "Idempotent-Replayed";

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private static final List<String> STORED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
			HttpHeaders.ETAG, HttpHeaders.CONTENT_LANGUAGE);

	private final IdempotencyKeys keys;

	private final ProblemResponses problems;

	private final WebExceptionHandler failures;

	private final IdempotencyProperties properties;

	private final RequestSizeLimits limits;

	IdempotencyWebFilter(IdempotencyKeys keys, ProblemResponses problems, WebExceptionHandler failures,
			IdempotencyProperties properties, RequestSizeLimits limits) {
		this.keys = keys;
		this.problems = problems;
		this.failures = failures;
		this.properties = properties;
		this.limits = limits;
	}

	@Override
	public int getOrder() {
		return 10;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String key = request.getHeaders().getFirst(HEADER);
		if (key == null || request.getMethod() != HttpMethod.POST) {
			return chain.filter(exchange);
		}
		if (!KEY.matcher(key).matches()) {
			return this.problems.write(exchange, new ProblemException(ProblemType.VALIDATION, null, new Object[0],
					Map.of(), List.of(FieldViolation.of(HEADER, "invalid-idempotency-key"))));
		}
		return exchange.getPrincipal()
			.map((principal) -> principal.getName())
			.defaultIfEmpty("anonymous")
			// Bounded like the codecs: a body without Content-Length must not grow in memory without limit.
			.flatMap((caller) -> DataBufferUtils.join(request.getBody(), maxBytes(request))
				.map(IdempotencyWebFilter::drain)
				.defaultIfEmpty(new byte[0])
				.flatMap((body) -> handle(exchange, chain, caller, key, body)));
	}

	private Mono<Void> handle(ServerWebExchange exchange, WebFilterChain chain, String caller, String key, byte[] body) {
		String hash = hash(exchange.getRequest(), body);
		return this.keys.claim(caller, key, hash).flatMap((claimed) -> {
			if (claimed) {
				return proceed(exchange, chain, caller, key, body);
			}
			// The key vanished between claim and read (its first request failed): start over as a new request.
			return this.keys.find(caller, key)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap((stored) -> stored.isPresent() ? answerFromStore(exchange, stored.get(), hash)
						: proceed(exchange, chain, caller, key, body));
		});
	}

	private Mono<Void> answerFromStore(ServerWebExchange exchange, IdempotencyKeys.Stored stored, String hash) {
		if (!stored.requestHash().equals(hash)) {
			return this.problems.write(exchange, new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED));
		}
		if (!stored.completed()) {
			return this.problems.write(exchange,
					new ProblemException(ProblemType.CONFLICT, "problem.conflict.idempotency-in-progress"));
		}
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatusCode.valueOf(stored.status()));
		stored.headers().forEach((name, value) -> response.getHeaders().set(name, value));
		response.getHeaders().set(REPLAYED, "true");
		return response.writeWith(Mono.just(response.bufferFactory().wrap(stored.body())));
	}

	private Mono<Void> proceed(ServerWebExchange exchange, WebFilterChain chain, String caller, String key,
			byte[] body) {
		Recording response = new Recording(exchange.getResponse(), this.properties.maxResponseSize().toBytes(),
				(recording) -> settle(recording, caller, key));
		ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
			}
		};
		ServerWebExchange recorded = exchange.mutate().request(request).response(response).build();
		// A refusal raised as an exception (validation, a broken rule) is rendered here, through the recording
		// response, so that it is stored and replayed like any other answer below 500. The key is settled before
		// the response's body reaches the client (see Recording), so a client that retries as soon as it has the
		// answer finds the key completed, never still in progress.
		return chain.filter(recorded)
			.onErrorResume((failure) -> this.failures.handle(recorded, failure))
			.then(Mono.defer(response::settleIfUnwritten))
			.onErrorResume((failure) -> this.keys.release(caller, key).then(Mono.error(failure)));
	}

	private Mono<Void> settle(Recording response, String caller, String key) {
		HttpStatusCode status = (response.getStatusCode() != null) ? response.getStatusCode() : HttpStatus.OK;
		if (status.is5xxServerError() || response.body() == null) {
			return this.keys.release(caller, key);
		}
		Map<String, String> headers = new LinkedHashMap<>();
		STORED_HEADERS.forEach((name) -> {
			String value = response.getHeaders().getFirst(name);
			if (value != null) {
				headers.put(name, value);
			}
		});
		return this.keys.complete(caller, key, status.value(), headers, response.body());
	}

	private int maxBytes(ServerHttpRequest request) {
		return (int) Math.min(Integer.MAX_VALUE, this.limits.maxBytes(request));
	}

	private static String hash(ServerHttpRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((request.getMethod() + " " + request.getURI().getRawPath() + "?"
					+ request.getURI().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	private static byte[] drain(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	/**
	 * Passes the response through while keeping a copy of its body, up to a size, and settles the key once the
	 * whole body is known and before any of it is written, so that the stored answer exists when the client has it.
	 */
	private static final class Recording extends ServerHttpResponseDecorator {

		private final long limit;

		private final Function<Recording, Mono<Void>> settle;

		private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

		private boolean tooLarge;

		private boolean settled;

		Recording(ServerHttpResponse delegate, long limit, Function<Recording, Mono<Void>> settle) {
			super(delegate);
			this.limit = limit;
			this.settle = settle;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return DataBufferUtils.join(body).flatMap((joined) -> {
				record(joined);
				return settleOnce().then(super.writeWith(Mono.just(joined)))
					.doOnError((failure) -> DataBufferUtils.release(joined));
			}).switchIfEmpty(Mono.defer(() -> settleOnce().then(super.writeWith(Flux.empty()))));
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return writeWith(Flux.from(body).concatMap(Flux::from));
		}

		/** Settles the key of a response that wrote no body, e.g. a 204. */
		Mono<Void> settleIfUnwritten() {
			return settleOnce();
		}

		private Mono<Void> settleOnce() {
			if (this.settled) {
				return Mono.empty();
			}
			this.settled = true;
			return this.settle.apply(this);
		}

		private void record(DataBuffer buffer) {
			int size = buffer.readableByteCount();
			if (this.tooLarge || this.copy.size() + size > this.limit) {
				this.tooLarge = true;
				return;
			}
			byte[] bytes = new byte[size];
			buffer.toByteBuffer(buffer.readPosition(), ByteBuffer.wrap(bytes), 0, size);
			this.copy.writeBytes(bytes);
		}

		byte @Nullable [] body() {
			return this.tooLarge ? null : this.copy.toByteArray();
		}

	}

}
