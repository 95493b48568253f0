package org.scibureau.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import org.scibureau.gateway.GatewayProperties;
import org.scibureau.gateway.problem.ProblemResponses;

/**
 * The rate limit filter, with the buckets where {@code scibureau.gateway.rate-limit.store} says.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	@ConditionalOnProperty(name = "scibureau.gateway.rate-limit.store", havingValue = "MEMORY", matchIfMissing = true)
	RateLimiter inMemoryBuckets() {
		return new InMemoryRateLimiter(System::nanoTime);
	}

	@Bean
	@ConditionalOnProperty(name = "scibureau.gateway.rate-limit.store", havingValue = "REDIS")
	RateLimiter sharedRedisBuckets(ReactiveStringRedisTemplate redis, GatewayProperties properties,
			MeterRegistry meters) {
		Counter failedOpen = meters.counter("scibureau.gateway.rate.store.unavailable");
		RedisRateLimiter limiter = new RedisRateLimiter(redis, properties.rateLimit().storeTimeout(),
				failedOpen::increment);
		limiter.warmUp().subscribe();
		return limiter;
	}

	@Bean
	RateLimitWebFilter rateLimitWebFilter(GatewayProperties properties, RateLimiter limiter,
			ProblemResponses problems, MeterRegistry meters) {
		return new RateLimitWebFilter(properties.rateLimit(), limiter, problems, meters);
	}

}
