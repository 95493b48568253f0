package org.scibureau.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/** Work done side by side, each task on a virtual thread, all or nothing. */
public final class SideBySide {

	private SideBySide() {
	}

	/**
	 * Runs the tasks at once and waits for all of them. If one fails, what the others produced is undone and the
	 * first failure is thrown.
	 * @param <T> what each task produces
	 * @param tasks the tasks
	 * @param undo how to undo what a task produced (stop a process, delete a directory)
	 * @return what each task produced, in the order of {@code tasks}
	 * @throws IOException the first failure, wrapped unless it is one
	 */
	public static <T> List<T> all(List<Callable<T>> tasks, Consumer<T> undo) throws IOException {
		List<T> done = new ArrayList<>();
		@Nullable Exception failure = null;
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<T>> running = tasks.stream().map(threads::submit).toList();
			for (Future<T> task : running) {
				try {
					done.add(task.get());
				}
				catch (ExecutionException ex) {
					failure = (failure != null) ? failure : (ex.getCause() instanceof Exception cause) ? cause : ex;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					failure = (failure != null) ? failure : ex;
				}
			}
		}
		if (failure != null) {
			done.forEach(undo);
			throw (failure instanceof IOException io) ? io : new IOException(failure);
		}
		return done;
	}

}
