package org.scibureau.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

import org.scibureau.gateway.GatewayProperties.Limit;

/**
 * The buckets in this gateway's memory: exact for one instance, as on the local platform. A bucket is updated
 * atomically per caller; buckets that have refilled completely are forgotten now and then, since a full bucket is
 * what a new caller gets anyway, so the map holds only callers active within their refill time.
 */
final class InMemoryRateLimiter implements RateLimiter {

	private static final int SWEEP_EVERY = 10_000;

	private final ConcurrentMap<String, Held> buckets = new ConcurrentHashMap<>();

	private final AtomicLong calls = new AtomicLong();

	private final LongSupplier nanoClock;

	/** @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} but in tests */
	InMemoryRateLimiter(LongSupplier nanoClock) {
		this.nanoClock = nanoClock;
	}

	@Override
	public Mono<Decision> acquire(String key, Limit limit) {
		return Mono.fromSupplier(() -> take(key, limit));
	}

	/** {@link #acquire}, in the calling thread. */
	Decision take(String key, Limit limit) {
		long now = this.nanoClock.getAsLong();
		AtomicReference<Decision> decision = new AtomicReference<>();
		this.buckets.compute(key, (ignored, held) -> {
			TokenBucket bucket = (held != null) ? held.bucket().refilledTo(now, limit) : TokenBucket.full(limit, now);
			if (!bucket.hasToken()) {
				decision.set(Decision.refused(bucket.secondsUntilNextToken(limit)));
				return new Held(bucket, limit);
			}
			TokenBucket after = bucket.withOneTaken();
			decision.set(Decision.allowed((long) Math.floor(after.tokens())));
			return new Held(after, limit);
		});
		if (this.calls.incrementAndGet() % SWEEP_EVERY == 0) {
			this.buckets.entrySet().removeIf((entry) -> entry.getValue().isFullBy(now));
		}
		return decision.get();
	}

	/** A caller's bucket with the limit it was last taken under. */
	private record Held(TokenBucket bucket, Limit limit) {

		boolean isFullBy(long nowNanos) {
			return this.bucket.refilledTo(nowNanos, this.limit).isFull(this.limit);
		}

	}

	/** How many callers have a bucket now. */
	int size() {
		return this.buckets.size();
	}

}
