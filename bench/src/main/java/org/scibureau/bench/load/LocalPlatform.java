package org.scibureau.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The whole local platform as a developer runs it: {@code ./scibureau up --detach}, which returns once the launcher
 * says the platform is ready, and {@code ./scibureau down}, with a platform home of its own (data, logs, startup
 * caches) and the bench's JDK. The platform listens on fixed ports: while anything listens there, the launcher
 * refuses to start, and {@link #up} fails with its message.
 */
public final class LocalPlatform implements AutoCloseable {

	/** The platform's JVMs, by the names the launcher records their processes under. */
	public static final List<String> JVMS = List.of("kafka", "auth-server", "plan", "funding", "talent", "ip",
			"awards", "gateway");

	/** The launcher's own JVM, which supervises the others. */
	public static final String SUPERVISOR = "supervisor";

	private static final Duration UP_WITHIN = Duration.ofMinutes(10);

	private static final Duration DOWN_WITHIN = Duration.ofMinutes(10);

	private final Path repository;

	private final Path home;

	private boolean started;

	/**
	 * A platform run from a repository's built jars, not started yet.
	 * @param repository the repository, whose {@code scibureau} script runs it
	 * @param home its home ({@code SCIBUREAU_HOME}), a directory of the bench's run
	 */
	public LocalPlatform(Path repository, Path home) {
		this.repository = repository;
		this.home = home;
	}

	/**
	 * Runs {@code ./scibureau up --detach} and waits until it returns, the platform ready.
	 * @param log where the command's output goes
	 * @return how long from the command's start until it returned, the platform ready
	 * @throws IOException if the platform did not become ready (the launcher's last words in the message), or the
	 * launcher refused to start it
	 */
	public Duration up(Path log) throws IOException {
		long begun = System.nanoTime();
		this.started = true;
		int exit = script(log, UP_WITHIN, "up", "--detach");
		Duration took = Duration.ofNanos(System.nanoTime() - begun);
		if (exit != 0) {
			throw new IOException("./scibureau up exited with " + exit + ": " + lastLines(log));
		}
		return took;
	}

	/**
	 * The process ids of its JVMs while it runs, as the launcher recorded them.
	 * @return each of {@link #JVMS} and the {@link #SUPERVISOR} with its process id
	 * @throws IOException if a record is missing
	 */
	public Map<String, Long> pids() throws IOException {
		Map<String, Long> pids = new LinkedHashMap<>();
		for (String name : JVMS) {
			pids.put(name, pid(name));
		}
		pids.put(SUPERVISOR, pid(SUPERVISOR));
		return pids;
	}

	/**
	 * Runs {@code ./scibureau down} and waits until it returns, everything stopped. The first stop after a start
	 * without startup caches writes them, which takes a while.
	 * @param log where the command's output goes
	 * @throws IOException if it fails
	 */
	public void down(Path log) throws IOException {
		int exit = script(log, DOWN_WITHIN, "down");
		this.started = false;
		if (exit != 0) {
			throw new IOException("./scibureau down exited with " + exit + ": " + lastLines(log));
		}
	}

	/** Stops the platform if it was started and not stopped. */
	@Override
	public void close() {
		if (this.started) {
			try {
				down(this.home.resolve("down-on-close.log"));
			}
			catch (IOException ex) {
				// Nothing more to do: the launcher's own leftovers check stops it at the next up.
			}
		}
	}

	private int script(Path log, Duration within, String... arguments) throws IOException {
		Files.createDirectories(this.home);
		ProcessBuilder builder = new ProcessBuilder(this.repository.resolve("scibureau").toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(this.repository.toFile());
		builder.command().addAll(List.of(arguments));
		builder.environment().put("SCIBUREAU_HOME", this.home.toString());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		try {
			if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
				Processes.stop(process);
				throw new IOException("./scibureau " + arguments[0] + " took over " + within.toMinutes() + " min");
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			Processes.stop(process);
			throw new IOException("Interrupted while running ./scibureau " + arguments[0], ex);
		}
	}

	private long pid(String name) throws IOException {
		Path record = this.home.resolve("run").resolve(name + ".pid");
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		String pid = properties.getProperty("pid");
		if (pid == null) {
			throw new IOException("No pid in " + record);
		}
		return Long.parseLong(pid);
	}

	private static String lastLines(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join(" / ", lines.subList(Math.max(0, lines.size() - 6), lines.size())).strip();
	}

}
