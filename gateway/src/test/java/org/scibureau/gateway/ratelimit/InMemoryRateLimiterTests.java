package org.scibureau.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.scibureau.gateway.GatewayProperties.Limit;
import org.scibureau.gateway.ratelimit.RateLimiter.Decision;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTests {

	private static final long SECOND = 1_000_000_000L;

	private static final Limit ORDINARY = new Limit(20, 40);

	private final AtomicLong now = new AtomicLong(7 * SECOND);

	private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(this.now::get);

	@Test
	void letsAFullBurstThroughAtOnceAndRefusesTheNextWithTheSecondsToWait() {
		StepVerifier.create(Flux.range(0, 41).concatMap((i) -> this.limiter.acquire("client:a", ORDINARY)))
			.expectNextCount(40)
			.assertNext((refused) -> assertThat(refused).isEqualTo(Decision.refused(1)))
			.verifyComplete();
	}

	@Test
	void holdsAtTwiceTheConfiguredRate() {
		int through = 0;
		// 40 a second for a minute, twice the class's 20 a second: one request every 25 ms.
		for (int i = 0; i < 2400; i++) {
			this.now.addAndGet(SECOND / 40);
			if (acquire("client:a", ORDINARY).allowed()) {
				through++;
			}
		}

		assertThat(through).as("the burst plus 20 a second for 60 s").isBetween(40 + 1200 - 1, 40 + 1200);
	}

	@Test
	void refillsAtItsRateUpToTheBurst() {
		for (int i = 0; i < 40; i++) {
			acquire("client:a", ORDINARY);
		}
		this.now.addAndGet(SECOND / 2);

		assertThat(acquire("client:a", ORDINARY)).isEqualTo(Decision.allowed(9));
		this.now.addAndGet(3600 * SECOND);
		assertThat(acquire("client:a", ORDINARY)).isEqualTo(Decision.allowed(39));
	}

	@Test
	void saysHowLongToWaitAtASlowRate() {
		Limit slow = new Limit(0.1, 1);
		acquire("client:a", slow);
		this.now.addAndGet(2 * SECOND);

		assertThat(acquire("client:a", slow)).isEqualTo(Decision.refused(8));
	}

	@Test
	void keepsABucketPerCaller() {
		for (int i = 0; i < 40; i++) {
			acquire("client:a", ORDINARY);
		}

		assertThat(acquire("client:a", ORDINARY).allowed()).isFalse();
		assertThat(acquire("client:b", ORDINARY).allowed()).isTrue();
	}

	@Test
	void concurrentRequestsNeverTakeMoreThanTheBurst() {
		StepVerifier.create(Flux.range(0, 400)
			.parallel(8)
			.runOn(Schedulers.parallel())
			.flatMap((i) -> this.limiter.acquire("client:a", ORDINARY))
			.filter(Decision::allowed)
			.sequential()
			.count()).expectNext(40L).verifyComplete();
	}

	@Test
	void forgetsCallersWhoseBucketsAreFullAgain() {
		IntStream.range(0, 500).forEach((i) -> acquire("client:" + i, ORDINARY));
		this.now.addAndGet(10 * SECOND);

		IntStream.range(0, 10_000).forEach((i) -> acquire("client:busy", ORDINARY));

		assertThat(this.limiter.size()).isEqualTo(1);
	}

	private Decision acquire(String key, Limit limit) {
		return this.limiter.take(key, limit);
	}

}
