package org.scibureau.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class SerialLaneTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();

	private final List<Integer> abandoned = new CopyOnWriteArrayList<>();

	@Test
	void handsOverItemsInSubmissionOrderAndBatchesThoseThatQueuedWhileTheWorkerWasBusy() {
		Sinks.Empty<Void> gate = Sinks.empty();
		SerialLane<Integer> lane = lane(10, (batch) -> batch.contains(0) ? gate.asMono() : Mono.empty());

		IntStream.range(0, 5).forEach(lane::submit);

		assertThat(this.batches).containsExactly(List.of(0));
		gate.tryEmitEmpty();
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.batches).containsExactly(List.of(0), List.of(1, 2, 3, 4)));
	}

	@Test
	void handsOverNoMoreThanTheBatchSizeAtOnce() {
		Sinks.Empty<Void> gate = Sinks.empty();
		SerialLane<Integer> lane = lane(2, (batch) -> batch.contains(0) ? gate.asMono() : Mono.empty());

		IntStream.range(0, 6).forEach(lane::submit);
		gate.tryEmitEmpty();

		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.batches).containsExactly(List.of(0), List.of(1, 2), List.of(3, 4),
					List.of(5)));
	}

	@Test
	void startsNoBatchBeforeTheOneAheadOfItHasEnded() {
		List<Sinks.Empty<Void>> gates = List.of(Sinks.empty(), Sinks.empty());
		SerialLane<Integer> lane = lane(1, (batch) -> gates.get(batch.getFirst()).asMono());

		lane.submit(0);
		lane.submit(1);

		assertThat(this.batches).containsExactly(List.of(0));
		gates.get(0).tryEmitEmpty();
		assertThat(this.batches).containsExactly(List.of(0), List.of(1));
	}

	@Test
	void goesOnAfterAFailedBatch() {
		SerialLane<Integer> lane = lane(1,
				(batch) -> batch.contains(0) ? Mono.error(new IllegalStateException("batch failed")) : Mono.empty());

		lane.submit(0);
		lane.submit(1);

		assertThat(this.batches).containsExactly(List.of(0), List.of(1));
	}

	@Test
	void goesOnAfterAWorkerThatThrows() {
		SerialLane<Integer> lane = lane(1, (batch) -> {
			if (batch.contains(0)) {
				throw new IllegalStateException("worker broke");
			}
			return Mono.empty();
		});

		lane.submit(0);
		lane.submit(1);

		assertThat(this.batches).containsExactly(List.of(0), List.of(1));
	}

	@Test
	void handsOverMoreItemsThanTheStackCouldHoldToAWorkerThatEndsAtOnce() {
		AtomicInteger last = new AtomicInteger(-1);
		SerialLane<Integer> lane = new SerialLane<>(1, (batch) -> Mono.fromRunnable(() -> last.set(batch.getFirst())),
				this.abandoned::add);

		IntStream.range(0, 100_000).forEach(lane::submit);

		assertThat(last).hasValue(99_999);
	}

	@Test
	void cancelsTheRunningBatchAndAbandonsTheQueuedItemsWhenDisposed() {
		Sinks.Empty<Void> gate = Sinks.empty();
		List<String> cancelled = new CopyOnWriteArrayList<>();
		SerialLane<Integer> lane = lane(10, (batch) -> gate.asMono().doOnCancel(() -> cancelled.add("running")));

		lane.submit(0);
		lane.submit(1);
		lane.dispose();
		lane.submit(2);

		assertThat(lane.isDisposed()).isTrue();
		assertThat(cancelled).containsExactly("running");
		assertThat(this.abandoned).containsExactly(1, 2);
		assertThat(this.batches).containsExactly(List.of(0));
	}

	private SerialLane<Integer> lane(int batchSize, Function<List<Integer>, Mono<Void>> work) {
		return new SerialLane<>(batchSize, (batch) -> {
			this.batches.add(List.copyOf(batch));
			return work.apply(batch);
		}, this.abandoned::add);
	}

}
