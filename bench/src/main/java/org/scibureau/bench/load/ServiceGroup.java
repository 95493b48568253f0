package org.scibureau.bench.load;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

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
		return new ServiceGroup(SideBySide.all(starts, ServiceProcess::close));
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
