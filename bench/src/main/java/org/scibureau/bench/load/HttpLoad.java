package org.scibureau.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

import org.scibureau.bench.Measurement;

/**
 * An HTTP load generator on the JDK's client and virtual threads: a closed loop (a number of callers, each sending
 * its next request when the last one answered) to find saturation, and an open loop (requests started at a fixed
 * rate whatever the answers do) for latency at a set rate. Open-loop latency counts from when a request was due, so
 * a stalled server is not hidden by requests that were never sent (coordinated omission).
 * <p>
 * Each run warms up first, unmeasured. Requests time out after 10 s and count as errors, as does any status but 2xx.
 * Requests are GETs, or POSTs of one JSON body when given one (a creating POST that needs no unique field).
 */
public final class HttpLoad implements Load {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client;

	private final URI uri;

	private final Map<String, String> headers;

	private final @Nullable String json;

	/**
	 * @param uri what every request GETs
	 * @param headers the headers of every request, e.g. {@code Authorization}
	 */
	public HttpLoad(URI uri, Map<String, String> headers) {
		this(uri, headers, null);
	}

	/**
	 * @param uri what every request GETs, or POSTs to when there is a body
	 * @param headers the headers of every request, e.g. {@code Authorization}
	 * @param json the JSON body every request POSTs, or {@code null} for GETs
	 */
	public HttpLoad(URI uri, Map<String, String> headers, @Nullable String json) {
		this.uri = uri;
		this.headers = Map.copyOf(headers);
		this.json = json;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	@Override
	public Measurement closedLoop(String name, String target, int callers, Duration warmUp, Duration duration) {
		run(callers, warmUp.toNanos(), null);
		Recording run = new Recording(duration);
		run(callers, duration.toNanos(), run);
		return run.measurement(name, target);
	}

	/** A request is due every {@code 1/rate} seconds, sent when due by a virtual thread of its own. */
	@Override
	public Measurement openLoop(String name, String target, double perSecond, Duration warmUp, Duration duration) {
		paced(perSecond, warmUp.toNanos(), null);
		Recording run = new Recording(duration);
		paced(perSecond, duration.toNanos(), run);
		return run.measurement(name, target);
	}

	private void run(int callers, long nanos, @Nullable Recording run) {
		long end = System.nanoTime() + nanos;
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < callers; i++) {
				threads.submit(() -> {
					while (System.nanoTime() < end) {
						long started = System.nanoTime();
						send(started, run);
					}
				});
			}
		}
	}

	private void paced(double perSecond, long nanos, @Nullable Recording run) {
		long interval = (long) (1_000_000_000L / perSecond);
		long start = System.nanoTime();
		long count = nanos / interval;
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0; i < count; i++) {
				long due = start + i * interval;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				threads.submit(() -> send(due, run));
			}
		}
	}

	/** Sends one request; with a run, records its latency from {@code since} and whether it succeeded. */
	private void send(long since, @Nullable Recording run) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.uri).timeout(TIMEOUT);
		if (this.json != null) {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(this.json));
		}
		else {
			request.GET();
		}
		this.headers.forEach(request::header);
		boolean ok;
		try {
			HttpResponse<Void> response = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
			ok = response.statusCode() / 100 == 2;
		}
		catch (IOException ex) {
			ok = false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		if (run != null) {
			run.record(since, System.nanoTime(), ok);
		}
	}

}
