package org.scibureau.bench.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.bench.Measurement;

/**
 * A closed loop over an operation inside the bench's JVM, such as a statement through a database driver: a number of
 * callers, each starting its next operation when its last one ended, first unmeasured to warm up, then measured. A
 * blocking operation runs on a virtual thread per caller; a reactive one as that many concurrent subscriptions, each
 * resubscribing when its last one completed, with no thread of its own. An operation that throws or signals an error
 * counts as an error. Either way a run completes a future, which {@link #closedLoop} waits for: the bench's scenarios
 * are sequential programs, and that is the one place where one waits for a reactive load.
 */
public final class OperationLoad {

	private final Driver driver;

	private OperationLoad(Driver driver) {
		this.driver = driver;
	}

	/**
	 * A load of a blocking operation, e.g. a JDBC statement on a pooled connection.
	 * @param operation the operation, called from many threads
	 * @return the load
	 */
	public static OperationLoad blocking(BlockingOperation operation) {
		return new OperationLoad((callers, end, run) -> CompletableFuture.runAsync(() -> {
			try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int i = 0; i < callers; i++) {
					threads.submit(() -> {
						while (System.nanoTime() < end) {
							long started = System.nanoTime();
							boolean ok = true;
							try {
								operation.run();
							}
							catch (Exception ex) {
								ok = false;
							}
							record(run, started, ok);
						}
					});
				}
			}
		}));
	}

	/**
	 * A load of a reactive operation, e.g. an R2DBC statement on a pooled connection.
	 * @param operation gives the publisher of one operation, subscribed to once
	 * @return the load
	 */
	public static OperationLoad reactive(Supplier<? extends Publisher<?>> operation) {
		return new OperationLoad((callers, end, run) -> Flux.range(0, callers)
			.flatMap((caller) -> Mono.defer(() -> {
				long started = System.nanoTime();
				return Flux.from(operation.get())
					.then(Mono.fromRunnable(() -> record(run, started, true)))
					.onErrorResume((ex) -> Mono.fromRunnable(() -> record(run, started, false)));
			}).repeat(() -> System.nanoTime() < end), callers)
			.then()
			.toFuture());
	}

	/**
	 * Saturation: {@code callers} callers run the operation back to back.
	 * @param name the measurement's name
	 * @param target what the operations reach, e.g. {@code R2DBC}
	 * @param callers how many at once
	 * @param warmUp how long to run before measuring; zero for none
	 * @param duration how long to measure
	 * @return the measurement
	 */
	public Measurement closedLoop(String name, String target, int callers, Duration warmUp, Duration duration) {
		if (warmUp.isPositive()) {
			this.driver.run(callers, System.nanoTime() + warmUp.toNanos(), null).join();
		}
		Recording run = new Recording(duration);
		this.driver.run(callers, System.nanoTime() + duration.toNanos(), run).join();
		return run.measurement(name, target);
	}

	private static void record(@Nullable Recording run, long started, boolean ok) {
		if (run != null) {
			run.record(started, System.nanoTime(), ok);
		}
	}

	/** One operation that blocks its thread until it is done. */
	@FunctionalInterface
	public interface BlockingOperation {

		/**
		 * Runs it once.
		 * @throws Exception if it failed
		 */
		void run() throws Exception;

	}

	/** Runs callers until a deadline, recording into a run, or warming up without one; completes when they end. */
	@FunctionalInterface
	private interface Driver {

		CompletableFuture<?> run(int callers, long end, @Nullable Recording run);

	}

}
