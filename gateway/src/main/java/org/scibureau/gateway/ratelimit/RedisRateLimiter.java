package org.scibureau.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import org.scibureau.gateway.GatewayProperties.Limit;

/**
 * The buckets in Redis, shared by every gateway instance: one Lua script takes a token atomically, by the Redis
 * server's clock, so two instances never let through more than one bucket allows. A bucket expires once it would be
 * full again.
 * <p>
 * When Redis does not answer within the timeout the request is let through, counted and logged: the limiter guards
 * the services' capacity, and an outage of it must not become an outage of the API.
 */
final class RedisRateLimiter implements RateLimiter {

	private static final Logger logger = LoggerFactory.getLogger(RedisRateLimiter.class);

	private static final String PREFIX = "scibureau:rate:";

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final RedisScript<List<Long>> TOKEN_BUCKET = (RedisScript) RedisScript
		.of(new ClassPathResource("org/scibureau/gateway/ratelimit/token-bucket.lua"), List.class);

	private final ReactiveStringRedisTemplate redis;

	private final Duration timeout;

	private final Runnable failedOpen;

	/**
	 * @param redis the Redis the instances share
	 * @param timeout how long to wait for Redis before letting a request through
	 * @param failedOpen told each time a request is let through because Redis did not answer
	 */
	RedisRateLimiter(ReactiveStringRedisTemplate redis, Duration timeout, Runnable failedOpen) {
		this.redis = redis;
		this.timeout = timeout;
		this.failedOpen = failedOpen;
	}

	/**
	 * Connects and loads the script once, so that the first callers do not wait for either (and are not let
	 * through because of that wait). A failure is only logged: requests fail open until Redis answers.
	 * @return completes when done
	 */
	Mono<Void> warmUp() {
		return this.redis.execute(TOKEN_BUCKET, List.of(PREFIX + "warm-up"), List.of("1", "1"))
			.then()
			.doOnError((failure) -> logger.warn("Rate limit store not reachable yet: {}", failure.toString()))
			.onErrorComplete();
	}

	@Override
	public Mono<Decision> acquire(String key, Limit limit) {
		return this.redis
			.execute(TOKEN_BUCKET, List.of(PREFIX + key), List.of(Double.toString(limit.perSecond()),
					Integer.toString(limit.burst())))
			.next()
			.timeout(this.timeout)
			.map((answer) -> (answer.get(0) == 1L) ? Decision.allowed(answer.get(1)) : Decision.refused(answer.get(2)))
			.onErrorResume((failure) -> {
				logger.warn("Rate limit store unavailable, letting the request through: {}", failure.toString());
				this.failedOpen.run();
				return Mono.just(Decision.allowed(0));
			});
	}

}
