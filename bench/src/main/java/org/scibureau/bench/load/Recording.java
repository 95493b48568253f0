package org.scibureau.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;

/** What one measured run of the bench's own generators collects: latencies, errors and completions per second. */
final class Recording {

	private final Histogram micros = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);

	private final AtomicLong errors = new AtomicLong();

	private final AtomicLongArray perSecond;

	private final long started = System.nanoTime();

	private volatile long finished;

	/** @param duration how long the run is measured */
	Recording(Duration duration) {
		this.perSecond = new AtomicLongArray((int) duration.toSeconds() + 2);
	}

	/**
	 * Records one operation.
	 * @param since when it started (or was due), from {@link System#nanoTime()}
	 * @param now when it ended
	 * @param ok whether it succeeded; a failure counts as an error, without latency
	 */
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

	/** Counts operations that never completed, without moving the end of the run. */
	void lost(long count) {
		this.errors.addAndGet(count);
	}

	/** The run as a measurement. */
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
