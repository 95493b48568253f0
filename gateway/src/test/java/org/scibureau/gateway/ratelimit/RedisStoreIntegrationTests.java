package org.scibureau.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.scibureau.gateway.GatewayIntegrationTestSupport;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway with store {@code REDIS}: its buckets live in a real {@code redis-server}.
 */
class RedisStoreIntegrationTests extends GatewayIntegrationTestSupport {

	private static RedisServer server;

	@Autowired
	private RateLimiter limiter;

	@BeforeAll
	static void startRedis() {
		server = RedisServer.start();
	}

	@AfterAll
	static void stopRedis() {
		server.stop();
	}

	@DynamicPropertySource
	static void redisStore(DynamicPropertyRegistry registry) {
		registry.add("scibureau.gateway.rate-limit.store", () -> "REDIS");
		// Generous, so that a slow machine never lets a request through for want of an answer (tested apart).
		registry.add("scibureau.gateway.rate-limit.store-timeout", () -> "5s");
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> server.port());
		registry.add("scibureau.gateway.rate-limit.classes.redis-tight.per-second", () -> "0.1");
		registry.add("scibureau.gateway.rate-limit.classes.redis-tight.burst", () -> "2");
		registry.add("scibureau.gateway.rate-limit.clients.redis-limited-client", () -> "redis-tight");
	}

	@Test
	void keepsTheBucketsInRedis() {
		String token = TestTokens.shared().token().clientId("redis-limited-client").subject("user-" + UUID.randomUUID())
			.roles("plan-officer").jurisdiction("510100").build();

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			statuses.add(this.client.get().uri(gateway("/api/plan/plans"))
				.headers((headers) -> headers.setBearerAuth(token))
				.exchange()
				.returnResult(byte[].class)
				.getStatus()
				.value());
		}

		assertThat(this.limiter).isInstanceOf(RedisRateLimiter.class);
		assertThat(statuses).containsExactly(200, 200, 429);
	}

}
