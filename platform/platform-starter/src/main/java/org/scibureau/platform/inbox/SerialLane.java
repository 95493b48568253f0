package org.scibureau.platform.inbox;

import java.time.Duration;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Runs submitted work one item at a time in submission order.
 * <p>
 * A listener that returns a {@code Mono} gets its next record before the previous one has been applied; one
 * lane per partition keeps the effects of one partition (hence of one aggregate) in order.
 */
final class SerialLane implements Disposable {

	private final Sinks.Many<Mono<Void>> queue = Sinks.many().unicast().onBackpressureBuffer();

	private final Disposable worker;

	SerialLane() {
		this.worker = this.queue.asFlux().concatMap((work) -> work.onErrorResume((failure) -> Mono.empty()), 1).subscribe();
	}

	/** Queues the work; the returned {@code Mono} completes when the work has run. */
	Mono<Void> submit(Mono<Void> work) {
		Sinks.Empty<Void> done = Sinks.empty();
		Mono<Void> tracked = work.doOnSuccess((ignored) -> done.tryEmitEmpty()).doOnError(done::tryEmitError)
			.doOnCancel(() -> done.tryEmitError(new IllegalStateException("Lane stopped before the work ran")));
		this.queue.emitNext(tracked, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
		return done.asMono();
	}

	@Override
	public void dispose() {
		this.worker.dispose();
	}

	@Override
	public boolean isDisposed() {
		return this.worker.isDisposed();
	}

}
