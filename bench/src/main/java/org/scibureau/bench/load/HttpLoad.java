package org.scibureau.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;

/**
 * An HTTP load generator on the JDK's client and virtual threads: a closed loop (a number of callers, each sending
 * its next request when the last one answered) to find saturation, and an open loop (requests started at a fixed
 * rate whatever the answers do) for latency at a set rate. Open-loop latency counts from when a request was due, so
 * a stalled server is not hidden by requests that were never sent (coordinated omission).
 * <p>
 * Each run warms up first, unmeasured. Requests time out after 10 s and count as errors, as does any status but 2xx.
 * A load sends the same GET every time, or the requests a {@link Requests} makes, such as one POST per prepared item.
 */
public final class HttpLoad implements Load {

	/** How long a request may take. */
	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** The longest batch whose completions per second are counted. */
	private static final Duration BATCH_SECONDS = Duration.ofMinutes(10);

	private final HttpClient client;

	private final Requests requests;

	private final AtomicLong sent = new AtomicLong();

	/**
	 * @param uri what every request GETs
	 * @param headers the headers of every request, e.g. {@code Authorization}
	 */
	public HttpLoad(URI uri, Map<String, String> headers) {
		this(get(uri, headers));
	}

	/**
	 * @param requests makes each request
	 */
	public HttpLoad(Requests requests) {
		this.requests = requests;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	@Override
	public Measurement closedLoop(String name, String target, int callers, Duration warmUp, Duration duration) {
		run(callers, warmUp.toNanos(), null);
		Run run = new Run(duration);
		run(callers, duration.toNanos(), run);
		return run.measurement(name, target);
	}

	/** A request is due every {@code 1/rate} seconds, sent when due by a virtual thread of its own. */
	@Override
	public Measurement openLoop(String name, String target, double perSecond, Duration warmUp, Duration duration) {
		paced(perSecond, warmUp.toNanos(), null);
		Run run = new Run(duration);
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
		Run run = new Run(BATCH_SECONDS);
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

	private void run(int callers, long nanos, @Nullable Run run) {
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

	private void paced(double perSecond, long nanos, @Nullable Run run) {
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
	private void send(long since, @Nullable Run run) {
		HttpRequest request = this.requests.request(this.sent.getAndIncrement(), since);
		boolean ok;
		try {
			HttpResponse<Void> response = this.client.send(request, HttpResponse.BodyHandlers.discarding());
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

	/** What one measured run collects: latencies, errors and completions per second. */
	private static final class Run {

		private final Histogram micros = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);

		private final AtomicLong errors = new AtomicLong();

		private final AtomicLongArray perSecond;

		private final long started = System.nanoTime();

		private volatile long finished;

		Run(Duration duration) {
			this.perSecond = new AtomicLongArray((int) duration.toSeconds() + 2);
		}

		void record(long since, long now, boolean ok) {
			this.finished = Math.max(this.finished, now);
			if (!ok) {
				this.errors.incrementAndGet();
				return;
			}
			this.micros.recordValue(Math.max(0, Math.min((now - since) / 1000, this.micros.getHighestTrackableValue())));
			int second = (int) ((now - this.started) / 1_000_000_000L);
			if (second < this.perSecond.length()) {
				this.perSecond.incrementAndGet(second);
			}
		}

		Measurement measurement(String name, String target) {
			double seconds = Math.max(1e-9, (this.finished - this.started) / 1e9);
			long operations = this.micros.getTotalCount();
			List<Long> counts = new ArrayList<>();
			for (int i = 0; i < this.perSecond.length(); i++) {
				counts.add(this.perSecond.get(i));
			}
			while (!counts.isEmpty() && counts.get(counts.size() - 1) == 0) {
				counts.remove(counts.size() - 1);
			}
			return new Measurement(name, target, operations, this.errors.get(), seconds, operations / seconds,
					Latency.of(this.micros), counts);
		}

	}

}
