package org.scibureau.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;

import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;
import org.scibureau.platform.test.infrastructure.Database;

/**
 * PostgreSQL's {@code pgbench} (Debian package {@code postgresql-client}) against one database, as its owning role:
 * it makes its standard tables ({@code pgbench -i}) and runs a workload, its built-in select-only script or a script
 * of the bench's, with prepared statements. Its TPS and transaction counts come from its report; its latency
 * percentiles and completions per second from its per-transaction log ({@code -l}), read into an HdrHistogram.
 */
public final class PgBench {

	private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+) \\(without initial connection time\\)",
			Pattern.MULTILINE);

	private static final Pattern PROCESSED = Pattern.compile("^number of transactions actually processed: (\\d+)",
			Pattern.MULTILINE);

	private static final Pattern FAILED = Pattern.compile("^number of failed transactions: (\\d+)", Pattern.MULTILINE);

	private final Path pgbench;

	private final Database database;

	private final Path work;

	private PgBench(Path pgbench, Database database, Path work) {
		this.pgbench = pgbench;
		this.database = database;
		this.work = work;
	}

	/**
	 * pgbench against a database, installed first if need be.
	 * @param database the database, whose owning role it connects as
	 * @param work where its scripts, logs and output go
	 * @return pgbench
	 * @throws IOException if it is not installed and cannot be
	 */
	public static PgBench require(Database database, Path work) throws IOException {
		return new PgBench(Packages.require("pgbench", "postgresql-client"), database, work);
	}

	/**
	 * Makes pgbench's standard tables ({@code pgbench_accounts} has 100,000 rows per unit of scale), vacuumed.
	 * @param scale the scale factor
	 * @throws IOException if pgbench fails
	 */
	public void initialise(int scale) throws IOException {
		run("init", List.of("-i", "-q", "-s", Integer.toString(scale)), Duration.ofMinutes(5));
	}

	/**
	 * Runs a workload with prepared statements ({@code -M prepared}), without vacuuming first ({@code -n}): an
	 * unmeasured warm-up, then the measured run.
	 * @param name the measurement's name
	 * @param target what it is, e.g. {@code pgbench -S}
	 * @param workload the workload's options, e.g. {@code -S} or {@code -f script.sql}
	 * @param clients how many connections run it at once (two threads drive them)
	 * @param warmUp how long to run before measuring, in whole seconds; zero for none
	 * @param duration how long to measure, in whole seconds (at least one)
	 * @return the measurement
	 * @throws IOException if pgbench fails
	 */
	public Measurement run(String name, String target, List<String> workload, int clients, Duration warmUp,
			Duration duration) throws IOException {
		List<String> options = new ArrayList<>(List.of("-n", "-M", "prepared", "-c", Integer.toString(clients), "-j",
				Integer.toString(Math.min(2, clients))));
		options.addAll(workload);
		if (warmUp.toSeconds() > 0) {
			List<String> warming = new ArrayList<>(options);
			warming.addAll(List.of("-T", Long.toString(warmUp.toSeconds())));
			run("warm-up", warming, warmUp.plusMinutes(1));
		}
		Path logs = Files.createTempDirectory(this.work, "pgbench-log-");
		long seconds = Math.max(1, duration.toSeconds());
		options.addAll(List.of("-T", Long.toString(seconds), "-l", "--log-prefix=" + logs.resolve("tx")));
		String report = run("run", options, Duration.ofSeconds(seconds).plusMinutes(1));
		return measurement(name, target, report, logs);
	}

	/** Reads pgbench's report and its per-transaction log: client, transaction, latency in µs, script, epoch s, µs. */
	static Measurement measurement(String name, String target, String report, Path logs) throws IOException {
		Histogram micros = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
		List<Long> perSecond = new ArrayList<>();
		List<Long> completions = new ArrayList<>();
		try (Stream<Path> files = Files.list(logs)) {
			for (Path file : files.sorted().toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
					String[] fields = line.trim().split("\\s+");
					if (fields.length < 6 || !fields[2].chars().allMatch(Character::isDigit)) {
						continue;
					}
					micros.recordValue(Math.min(Long.parseLong(fields[2]), micros.getHighestTrackableValue()));
					completions.add(Long.parseLong(fields[4]));
				}
			}
		}
		long first = completions.stream().mapToLong(Long::longValue).min().orElse(0);
		for (long completion : completions) {
			int second = (int) (completion - first);
			while (perSecond.size() <= second) {
				perSecond.add(0L);
			}
			perSecond.set(second, perSecond.get(second) + 1);
		}
		double tps = Double.parseDouble(group(TPS, report, "tps"));
		long processed = Long.parseLong(group(PROCESSED, report, "processed"));
		Matcher failed = FAILED.matcher(report);
		long errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
		return new Measurement(name, target, processed, errors, (tps > 0) ? processed / tps : 0, tps,
				Latency.of(micros), perSecond);
	}

	private static String group(Pattern pattern, String report, String what) throws IOException {
		Matcher matcher = pattern.matcher(report);
		if (!matcher.find()) {
			throw new IOException("No " + what + " in pgbench's report:\n" + report);
		}
		return matcher.group(1);
	}

	/** Runs pgbench with the options and the database's connection, and returns what it printed. */
	private String run(String what, List<String> options, Duration within) throws IOException {
		List<String> command = new ArrayList<>(List.of(this.pgbench.toString(), "-h", this.database.host(), "-p",
				Integer.toString(this.database.port()), "-U", this.database.username()));
		command.addAll(options);
		command.add(this.database.name());
		Files.createDirectories(this.work);
		Path output = Files.createTempFile(this.work, "pgbench-" + what + "-", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("PGPASSWORD", this.database.password());
		Process process = builder.start();
		try {
			if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
				Processes.stop(process);
				throw new IOException("pgbench " + what + " took more than " + within.toSeconds() + " s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			Processes.stop(process);
			throw new IOException("Interrupted while pgbench ran", ex);
		}
		String printed = Files.readString(output, StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new IOException("pgbench " + what + " failed with exit code " + process.exitValue() + ":\n" + printed);
		}
		return printed;
	}

}
