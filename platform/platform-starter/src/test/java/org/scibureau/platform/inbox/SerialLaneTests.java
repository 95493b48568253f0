package org.scibureau.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class SerialLaneTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final SerialLane lane = new SerialLane();

	@AfterEach
	void disposeLane() {
		this.lane.dispose();
	}

	@Test
	void runsWorkInSubmissionOrderEvenWhenEarlierWorkIsSlower() {
		List<Integer> done = new CopyOnWriteArrayList<>();

		List<Mono<Void>> submitted = List.of(0, 1, 2, 3)
			.stream()
			.map((index) -> this.lane.submit(Mono.delay(Duration.ofMillis(200 - 50L * index))
				.then(Mono.fromRunnable(() -> done.add(index)))))
			.toList();

		StepVerifier.create(Flux.merge(submitted)).expectComplete().verify(TIMEOUT);
		assertThat(done).containsExactly(0, 1, 2, 3);
	}

	@Test
	void startsNothingBeforeTheWorkAheadOfItHasFinished() {
		Sinks.Empty<Void> gate = Sinks.empty();
		List<String> started = new CopyOnWriteArrayList<>();

		Mono<Void> first = this.lane.submit(Mono.fromRunnable(() -> started.add("first")).then(gate.asMono()));
		Mono<Void> second = this.lane.submit(Mono.fromRunnable(() -> started.add("second")));

		StepVerifier.create(second).expectSubscription().expectNoEvent(Duration.ofMillis(200)).thenCancel().verify(TIMEOUT);
		assertThat(started).containsExactly("first");
		gate.tryEmitEmpty();
		StepVerifier.create(Mono.when(first, second)).expectComplete().verify(TIMEOUT);
		assertThat(started).containsExactly("first", "second");
	}

	@Test
	void reportsAFailureToItsSubmitterAndGoesOn() {
		Mono<Void> failing = this.lane.submit(Mono.error(new IllegalStateException("effect failed")));
		Mono<Void> next = this.lane.submit(Mono.empty());

		StepVerifier.create(failing).expectErrorMessage("effect failed").verify(TIMEOUT);
		StepVerifier.create(next).expectComplete().verify(TIMEOUT);
	}

	@Test
	void runsWorkThatNobodyWaitsFor() {
		List<String> done = new CopyOnWriteArrayList<>();

		this.lane.submit(Mono.fromRunnable(() -> done.add("unobserved")));
		Mono<Void> observed = this.lane.submit(Mono.empty());

		StepVerifier.create(observed).expectComplete().verify(TIMEOUT);
		assertThat(done).containsExactly("unobserved");
	}

}
