package org.scibureau.gateway.ratelimit;

import reactor.core.publisher.Mono;

import org.scibureau.gateway.GatewayProperties.Limit;

/**
 * Keeps one token bucket per caller and decides whether a request gets through.
 */
interface RateLimiter {

	/**
	 * Takes a token from the caller's bucket if there is one.
	 * @param key the caller: its client (and user), or its address
	 * @param limit the caller's limit class
	 * @return the decision
	 */
	Mono<Decision> acquire(String key, Limit limit);

	/**
	 * Whether a request got through.
	 *
	 * @param allowed whether it did
	 * @param remaining the whole tokens left after it
	 * @param retryAfterSeconds when refused, the seconds until a token is there; 0 otherwise
	 */
	record Decision(boolean allowed, long remaining, long retryAfterSeconds) {

		static Decision allowed(long remaining) {
			return new Decision(true, remaining, 0);
		}

		static Decision refused(long retryAfterSeconds) {
			return new Decision(false, 0, retryAfterSeconds);
		}

	}

}
