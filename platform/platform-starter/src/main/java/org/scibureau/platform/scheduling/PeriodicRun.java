package org.scibureau.platform.scheduling;

import java.time.Duration;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a task at once and then every interval while the application runs, one run at a time (a tick that comes
 * while a run is still going is dropped). A failed run is logged and the next one retries. The task keeps its state
 * in the database and locks what it takes ({@code FOR UPDATE SKIP LOCKED}), so several instances share the work.
 */
public final class PeriodicRun implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(PeriodicRun.class);

	private final String name;

	private final Duration interval;

	private final Supplier<Mono<Long>> task;

	private volatile @Nullable Disposable running;

	/**
	 * @param name what the task is, for the log, e.g. {@code Call schedule}
	 * @param interval the time between two runs
	 * @param task one run, answering how many things it did
	 */
	public PeriodicRun(String name, Duration interval, Supplier<Mono<Long>> task) {
		this.name = name;
		this.interval = interval;
		this.task = task;
	}

	@Override
	public void start() {
		this.running = Flux.interval(Duration.ZERO, this.interval)
			.onBackpressureDrop()
			.concatMap((tick) -> this.task.get().doOnNext((done) -> {
				if (done > 0) {
					logger.info(this.name + " took " + done + " step(s)");
				}
			}).onErrorResume((ex) -> {
				logger.warn(this.name + " run failed; the next run retries", ex);
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.running;
		if (current != null) {
			current.dispose();
		}
		this.running = null;
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

}
