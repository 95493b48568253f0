package org.scibureau.platform.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

/**
 * Hands submitted items to a worker in submission order, one batch at a time.
 * <p>
 * A listener that returns a {@code Mono} gets its next record before the previous one has been applied; one
 * lane per partition keeps the effects of one partition (hence of one aggregate) in order. While the worker is busy,
 * items queue up, and its next batch is everything queued, up to the batch size: a lane that keeps up hands over one
 * item at a time, one that has fallen behind catches up in fewer, larger batches.
 *
 * @param <T> the items
 */
final class SerialLane<T> implements Disposable {

	private final Queue<T> queue = new ConcurrentLinkedQueue<>();

	/** Serialises {@link #drain()}: only the caller that raised it from zero runs the loop. */
	private final AtomicInteger drains = new AtomicInteger();

	private final int batchSize;

	private final Function<List<T>, Mono<Void>> worker;

	private final Consumer<T> abandon;

	private volatile boolean busy;

	private volatile boolean disposed;

	private volatile Disposable running = Disposables.disposed();

	/**
	 * @param batchSize the most items the worker gets at once
	 * @param worker does the work of a batch; the lane waits for its {@code Mono} before it hands over the next, and
	 * goes on after a failure (the worker's, thrown or signalled)
	 * @param abandon told of each item the worker will never get, because the lane was disposed first
	 */
	SerialLane(int batchSize, Function<List<T>, Mono<Void>> worker, Consumer<T> abandon) {
		this.batchSize = batchSize;
		this.worker = worker;
		this.abandon = abandon;
	}

	/** Queues the item; the worker gets it once every item submitted before it has been worked on. */
	void submit(T item) {
		this.queue.add(item);
		drain();
		if (this.disposed) {
			abandonQueued();
		}
	}

	private void drain() {
		if (this.drains.getAndIncrement() != 0) {
			return;
		}
		int missed = 1;
		do {
			if (!this.busy && !this.disposed) {
				List<T> batch = take();
				if (!batch.isEmpty()) {
					this.busy = true;
					// A batch that ends at once calls finished() inside subscribe(); drains keeps that from recursing.
					this.running = Mono.defer(() -> this.worker.apply(batch))
						.subscribe(null, (failure) -> finished(), this::finished);
				}
			}
			missed = this.drains.addAndGet(-missed);
		}
		while (missed != 0);
	}

	private List<T> take() {
		List<T> batch = new ArrayList<>();
		T item;
		while (batch.size() < this.batchSize && (item = this.queue.poll()) != null) {
			batch.add(item);
		}
		return batch;
	}

	private void finished() {
		this.busy = false;
		drain();
	}

	private void abandonQueued() {
		T item;
		while ((item = this.queue.poll()) != null) {
			this.abandon.accept(item);
		}
	}

	/** Cancels the running batch and abandons the items still queued. */
	@Override
	public void dispose() {
		this.disposed = true;
		this.running.dispose();
		abandonQueued();
	}

	@Override
	public boolean isDisposed() {
		return this.disposed;
	}

}
