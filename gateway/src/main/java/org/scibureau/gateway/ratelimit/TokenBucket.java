package org.scibureau.gateway.ratelimit;

import org.scibureau.gateway.GatewayProperties.Limit;

/**
 * A token bucket's state at an instant: it holds up to {@code burst} tokens, refills {@code perSecond} a second,
 * and each request that gets through takes one.
 *
 * @param tokens the tokens in it, fractional between refills
 * @param atNanos when, on the limiter's clock, in nanoseconds
 */
record TokenBucket(double tokens, long atNanos) {

	private static final double NANOS_PER_SECOND = 1_000_000_000d;

	/** A full bucket. */
	static TokenBucket full(Limit limit, long nowNanos) {
		return new TokenBucket(limit.burst(), nowNanos);
	}

	/** The bucket as it is by now, refilled at its rate up to its burst. */
	TokenBucket refilledTo(long nowNanos, Limit limit) {
		if (nowNanos <= this.atNanos) {
			return this;
		}
		double elapsed = (nowNanos - this.atNanos) / NANOS_PER_SECOND;
		return new TokenBucket(Math.min(limit.burst(), this.tokens + elapsed * limit.perSecond()), nowNanos);
	}

	/** Whether a request may get through. */
	boolean hasToken() {
		return this.tokens >= 1;
	}

	/** The bucket after a request got through. */
	TokenBucket withOneTaken() {
		return new TokenBucket(this.tokens - 1, this.atNanos);
	}

	/** Whether it is full, so that forgetting it changes nothing. */
	boolean isFull(Limit limit) {
		return this.tokens >= limit.burst();
	}

	/** The whole seconds until the next token, at least 1: the value of {@code Retry-After}. */
	long secondsUntilNextToken(Limit limit) {
		return Math.max(1, (long) Math.ceil((1 - this.tokens) / limit.perSecond()));
	}

}
