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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.scibureau.bench.Measurement;

/**
 * An HTTP load generator on the JDK's client and virtual threads: a closed loop (a number of callers, each sending
 * its next request when the last one answered) to find saturation, and an open loop (requests started at a fixed
 * rate whatever the answers do) for latency at a set rate. Open-loop latency counts from when a request was due, so
 * a stalled server is not hidden by requests that were never sent (coordinated omission).
 * <p>
 * Each run warms up first, unmeasured. Requests time out after 10 s and count as errors, as does any status but 2xx
 * (or, for {@link #post}, any status but the one expected). A load sends the same GET every time, POSTs bodies from
 * a supplier (so that what must be unique can vary), or sends the requests a {@link Requests} makes, such as one
 * POST per prepared item.
 */
public final class HttpLoad implements Load {

	/** How long a request may take before it counts as an error. */
	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** The longest a {@link #batch} is expected to take, for its per-second counts. */
	private static final Duration BATCH_SECONDS = Duration.ofMinutes(10);

	private final HttpClient client;

	private final Requests requests;

	private final IntPredicate ok;

	private final AtomicLong sent = new AtomicLong();

	/**
	 * @param uri what every request GETs
	 * @param headers the headers of every request, e.g. {@code Authorization}
	 */
	public HttpLoad(URI uri, Map<String, String> headers) {
		this(get(uri, headers));
	}

	/**
	 * @param requests makes each request; any 2xx counts as success
	 */
	public HttpLoad(Requests requests) {
		this(requests, (status) -> status / 100 == 2);
	}

	private HttpLoad(Requests requests, IntPredicate ok) {
		this.requests = requests;
		this.ok = ok;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	/**
	 * A load of POSTs.
	 * @param uri what every request POSTs to
	 * @param headers the headers of every request, e.g. {@code Authorization} and {@code Content-Type}
	 * @param bodies gives the body of each request, called once per request from many threads
	 * @param expected the one status that counts as success, e.g. 201
	 * @return the load
	 */
	public static HttpLoad post(URI uri, Map<String, String> headers, Supplier<String> bodies, int expected) {
		return new HttpLoad((number, due) -> {
			HttpRequest.Builder post = HttpRequest.newBuilder(uri)
				.timeout(TIMEOUT)
				.POST(HttpRequest.BodyPublishers.ofString(bodies.get()));
			headers.forEach(post::header);
			return post.build();
		}, (status) -> status == expected);
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

	/**
	 * Saturation by a fixed number of requests: {@code callers} callers send back to back until {@code count}
	 * requests have been sent, unwarmed; for loads whose requests each use up something prepared.
	 * @param name the measurement's name
	 * @param target what the requests reach
	 * @param callers how many at once
	 * @param count how many requests in all
	 * @return the measurement
	 */
	public Measurement batch(String name, String target, int callers, long count) {
		Recording run = new Recording(BATCH_SECONDS);
		AtomicLong left = new AtomicLong(count);
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < callers; i++) {
				threads.submit(() -> {
					while (left.getAndDecrement() > 0) {
						send(System.nanoTime(), run);
					}
				});
			}
		}
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
		HttpRequest request = this.requests.request(this.sent.getAndIncrement(), since);
		boolean ok;
		try {
			HttpResponse<Void> response = this.client.send(request, HttpResponse.BodyHandlers.discarding());
			ok = this.ok.test(response.statusCode());
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

	private static Requests get(URI uri, Map<String, String> headers) {
		HttpRequest.Builder get = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
		headers.forEach(get::header);
		HttpRequest request = get.build();
		return (number, due) -> request;
	}

	/** Makes the requests of a load. */
	@FunctionalInterface
	public interface Requests {

		/**
		 * The next request, built when it is sent; give it {@link HttpLoad#TIMEOUT}, so that a stalled service
		 * counts as errors.
		 * @param number its number, from 0, counted over every run of the load, warm-ups included
		 * @param due when it was due ({@link System#nanoTime()}), from which its latency counts
		 * @return the request
		 */
		HttpRequest request(long number, long due);

	}

}
