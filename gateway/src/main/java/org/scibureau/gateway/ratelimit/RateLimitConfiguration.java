package org.scibureau.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.scibureau.gateway.GatewayProperties;
import org.scibureau.gateway.problem.ProblemResponses;

/**
 * The rate limit filter, with the buckets where {@code scibureau.gateway.rate-limit.store} says.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	@ConditionalOnProperty(name = "scibureau.gateway.rate-limit.store", havingValue = "MEMORY", matchIfMissing = true)
	RateLimiter inMemoryRateLimiter() {
		return new InMemoryRateLimiter(System::nanoTime);
	}

	@Bean
	RateLimitWebFilter rateLimitWebFilter(GatewayProperties properties, RateLimiter limiter,
			ProblemResponses problems, MeterRegistry meters) {
		return new RateLimitWebFilter(properties.rateLimit(), limiter, problems, meters);
	}

}
