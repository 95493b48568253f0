package org.scibureau.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

/**
 * Applications a scenario needs together, started side by side (their starts overlap instead of adding up) and
 * stopped together. If one fails to start, those that did are stopped and the failure is thrown.
 */
public final class ServiceGroup implements AutoCloseable {

	private final List<ServiceProcess> services;

	private ServiceGroup(List<ServiceProcess> services) {
		this.services = List.copyOf(services);
	}

	/**
	 * Starts applications side by side and waits until all are ready.
	 * @param starts how to start each, e.g. a call of {@link ServiceProcess#start}
	 * @return the running applications, in the order of {@code starts}
	 * @throws IOException if one cannot be started or does not become ready
	 */
	public static ServiceGroup start(List<Callable<ServiceProcess>> starts) throws IOException {
		List<ServiceProcess> started = new ArrayList<>();
		@Nullable Exception failure = null;
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<ServiceProcess>> starting = starts.stream().map(threads::submit).toList();
			for (Future<ServiceProcess> start : starting) {
				try {
					started.add(start.get());
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
			started.forEach(ServiceProcess::close);
			throw (failure instanceof IOException io) ? io : new IOException(failure);
		}
		return new ServiceGroup(started);
	}

	/**
	 * One of the applications.
	 * @param index its place in the starts
	 * @return it
	 */
	public ServiceProcess get(int index) {
		return this.services.get(index);
	}

	@Override
	public void close() {
		this.services.forEach(ServiceProcess::close);
	}

}
