package org.scibureau.gateway.ratelimit;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import org.scibureau.gateway.GatewayProperties.Limit;
import org.scibureau.gateway.ratelimit.RateLimiter.Decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Redis store against a real {@code redis-server}, with two limiters on their own connections standing for two
 * gateway instances.
 */
class RedisRateLimiterIntegrationTests {

	private static final Limit SLOW = new Limit(0.1, 5);

	private static RedisServer server;

	private static LettuceConnectionFactory firstConnection;

	private static LettuceConnectionFactory secondConnection;

	private final AtomicInteger failedOpen = new AtomicInteger();

	private final RedisRateLimiter first = new RedisRateLimiter(template(firstConnection), Duration.ofSeconds(2),
			this.failedOpen::incrementAndGet);

	private final RedisRateLimiter second = new RedisRateLimiter(template(secondConnection), Duration.ofSeconds(2),
			this.failedOpen::incrementAndGet);

	@BeforeAll
	static void startRedis() {
		server = RedisServer.start();
		firstConnection = connection(server.port());
		secondConnection = connection(server.port());
	}

	@AfterAll
	static void stopRedis() {
		firstConnection.destroy();
		secondConnection.destroy();
		server.stop();
	}

	@Test
	void instancesShareOneBucketPerCaller() {
		String key = key();

		StepVerifier.create(Flux.range(0, 6).concatMap((i) -> instance(i).acquire(key, SLOW)))
			.expectNext(Decision.allowed(4), Decision.allowed(3), Decision.allowed(2), Decision.allowed(1),
					Decision.allowed(0))
			.expectNext(Decision.refused(10))
			.verifyComplete();
	}

	@Test
	void concurrentRequestsOnTwoInstancesNeverTakeMoreThanTheBurst() {
		String key = key();
		Limit limit = new Limit(0.01, 50);

		StepVerifier.create(Flux.range(0, 300)
			.parallel(8)
			.runOn(Schedulers.parallel())
			.flatMap((i) -> instance(i).acquire(key, limit))
			.filter(Decision::allowed)
			.sequential()
			.count()).expectNext(50L).verifyComplete();
	}

	@Test
	void refillsByTheServersClock() {
		String key = key();
		Limit limit = new Limit(20, 1);
		StepVerifier.create(this.first.acquire(key, limit).then(this.first.acquire(key, limit)))
			.expectNext(Decision.refused(1))
			.verifyComplete();

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> StepVerifier.create(this.second.acquire(key, limit))
			.assertNext((decision) -> assertThat(decision.allowed()).isTrue())
			.verifyComplete());
	}

	@Test
	void keepsABucketPerCaller() {
		String key = key();
		Limit one = new Limit(0.1, 1);

		StepVerifier.create(this.first.acquire(key, one).then(this.first.acquire(key, one)))
			.expectNext(Decision.refused(10))
			.verifyComplete();
		StepVerifier.create(this.first.acquire(key(), one)).expectNext(Decision.allowed(0)).verifyComplete();
	}

	@Test
	void letsRequestsThroughAndCountsThemWhenRedisIsGone() {
		try (RedisServer gone = RedisServer.start()) {
			LettuceConnectionFactory connection = connection(gone.port());
			RedisRateLimiter limiter = new RedisRateLimiter(template(connection), Duration.ofMillis(500),
					this.failedOpen::incrementAndGet);
			gone.stop();

			StepVerifier.create(limiter.acquire(key(), SLOW)).expectNext(Decision.allowed(0)).verifyComplete();
			assertThat(this.failedOpen).hasValue(1);
			connection.destroy();
		}
	}

	/** The first instance for even numbers, the second for odd ones. */
	private RedisRateLimiter instance(int i) {
		return (i % 2 == 0) ? this.first : this.second;
	}

	private static String key() {
		return "client:test:" + UUID.randomUUID();
	}

	private static LettuceConnectionFactory connection(int port) {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", port));
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	private static ReactiveStringRedisTemplate template(LettuceConnectionFactory connection) {
		return new ReactiveStringRedisTemplate(connection);
	}

}
