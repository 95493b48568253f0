package org.scibureau.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;

/**
 * Load from {@code hey}, a process of its own (Debian package {@code hey}), so that the load generator does not
 * share the bench JVM with the backend. Every request's timing comes back as CSV; the bench computes the
 * percentiles and the completions per second from it. Its rate mode ({@code -q}, per worker) paces each worker, so
 * a stalled server delays the next requests instead of queueing them: the open-loop figures are hey's.
 */
public final class HeyLoad implements Load {

	private final Path hey;

	private final URI uri;

	private final Map<String, String> headers;

	private final Path work;

	private final List<String> prefix;

	/**
	 * @param uri what every request GETs
	 * @param headers the headers of every request
	 * @param work where hey's output goes
	 * @param prefix a command prefix, e.g. {@link CpuPinning#load()}, or none
	 * @throws IOException if hey is not installed and cannot be
	 */
	public HeyLoad(URI uri, Map<String, String> headers, Path work, List<String> prefix) throws IOException {
		this.hey = Packages.require("hey", "hey");
		this.uri = uri;
		this.headers = Map.copyOf(headers);
		this.work = work;
		this.prefix = List.copyOf(prefix);
	}

	@Override
	public Measurement closedLoop(String name, String target, int callers, Duration warmUp, Duration duration) {
		run(callers, 0, warmUp);
		return measurement(name, target, run(callers, 0, duration));
	}

	@Override
	public Measurement openLoop(String name, String target, double perSecond, Duration warmUp, Duration duration) {
		int workers = (int) Math.max(1, Math.min(64, Math.ceil(perSecond / 50)));
		double perWorker = perSecond / workers;
		run(workers, perWorker, warmUp);
		return measurement(name, target, run(workers, perWorker, duration));
	}

	/** Runs hey and returns its CSV lines (one per request). */
	private List<String> run(int workers, double perWorker, Duration duration) {
		List<String> command = new ArrayList<>(this.prefix);
		command.addAll(List.of(this.hey.toString(), "-z",
				Math.max(1, duration.toMillis()) + "ms", "-c", Integer.toString(workers), "-o", "csv",
				"-disable-redirects"));
		if (perWorker > 0) {
			command.addAll(List.of("-q", "%.2f".formatted(perWorker)));
		}
		this.headers.forEach((header, value) -> command.addAll(List.of("-H", header + ": " + value)));
		command.add(this.uri.toString());
		try {
			Files.createDirectories(this.work);
			Path output = Files.createTempFile(this.work, "hey-", ".csv");
			Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("hey did not finish");
			}
			List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
			Files.delete(output);
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while hey ran", ex);
		}
	}

	/** Reads hey's CSV: response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset. */
	static Measurement measurement(String name, String target, List<String> csv) {
		Histogram micros = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
		List<Long> perSecond = new ArrayList<>();
		long errors = 0;
		double last = 0;
		for (String line : csv) {
			String[] fields = line.split(",");
			if (fields.length < 8 || !Character.isDigit(fields[0].charAt(0))) {
				continue;
			}
			double seconds = Double.parseDouble(fields[0]);
			int status = Integer.parseInt(fields[6].trim());
			double offset = Double.parseDouble(fields[7]);
			last = Math.max(last, offset + seconds);
			if (status / 100 != 2) {
				errors++;
				continue;
			}
			micros.recordValue(Math.min((long) (seconds * 1_000_000), micros.getHighestTrackableValue()));
			int second = (int) (offset + seconds);
			while (perSecond.size() <= second) {
				perSecond.add(0L);
			}
			perSecond.set(second, perSecond.get(second) + 1);
		}
		double seconds = Math.max(1e-9, last);
		return new Measurement(name, target, micros.getTotalCount(), errors, seconds,
				micros.getTotalCount() / seconds, Latency.of(micros), perSecond);
	}

}
