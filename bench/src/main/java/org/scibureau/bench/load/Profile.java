package org.scibureau.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import one.convert.Arguments;
import one.convert.JfrToFlame;
import org.jspecify.annotations.Nullable;

import org.scibureau.bench.BenchContext;

/**
 * A CPU profile of one application over the measured part of a scenario, asked for with
 * {@code ./scibureau bench --profile}: a JDK Flight Recording started and stopped with {@code jcmd}, so that neither
 * the application's start nor its warm-up is in it, written beside the report as the recording and as a flame graph
 * (async-profiler's converter). The flame graph is of the JVM's samples of threads running Java code, every 10 ms;
 * the recording also has the JVM's default events (GC, compilation, locks). It costs the application a few percent:
 * a profiled run's figures are for reading the graph beside them.
 */
public final class Profile implements AutoCloseable {

	/** Deep enough for the reactive stacks of the services and the gateway; the JVM's default of 64 cuts them. */
	private static final String STACK_DEPTH_OPTION = "-XX:FlightRecorderOptions:stackdepth=512";

	private static final String RECORDING = "bench";

	private static final Duration JCMD_WITHIN = Duration.ofSeconds(60);

	private final String name;

	private final long pid;

	/** Where the files go; none when the run does not profile. */
	private final @Nullable Path directory;

	private boolean stopped;

	private Profile(String name, long pid, @Nullable Path directory) {
		this.name = name;
		this.pid = pid;
		this.directory = directory;
	}

	/**
	 * Starts recording an application's CPU samples, if the run profiles.
	 * @param context the run
	 * @param name the application, which names the files, e.g. {@code gateway}
	 * @param pid its process
	 * @return the recording, or one that records nothing when the run does not profile
	 * @throws IOException if the recording cannot be started
	 */
	public static Profile start(BenchContext context, String name, long pid) throws IOException {
		if (!context.profiling()) {
			return new Profile(name, pid, null);
		}
		Files.createDirectories(context.profiles());
		Profile profile = new Profile(name, pid, context.profiles());
		profile.jcmd("JFR.start", "name=" + RECORDING, "settings=default", "jdk.ExecutionSample#period=10ms",
				"jdk.NativeMethodSample#enabled=false");
		return profile;
	}

	/**
	 * The JVM options an application needs to be profiled.
	 * @param context the run
	 * @return a deeper stack depth when the run profiles, else none
	 */
	public static List<String> jvmOptions(BenchContext context) {
		return context.profiling() ? List.of(STACK_DEPTH_OPTION) : List.of();
	}

	/**
	 * Stops recording and writes the recording and its flame graph.
	 * @throws IOException if the recording cannot be written or converted
	 */
	public void stop() throws IOException {
		Path directory = this.directory;
		if (directory == null || this.stopped) {
			return;
		}
		this.stopped = true;
		Path recording = directory.resolve(this.name + ".jfr");
		String stopped = jcmd("JFR.stop", "name=" + RECORDING, "filename=" + recording);
		if (!Files.isRegularFile(recording)) {
			throw new IOException("No recording of " + this.name + " written: " + stopped);
		}
		JfrToFlame.convert(recording.toString(), directory.resolve(this.name + "-cpu.html").toString(),
				new Arguments("--norm", "--title", this.name + ": CPU samples of Java code while measured"));
	}

	@Override
	public void close() throws IOException {
		stop();
	}

	/** Runs a diagnostic command in the application; jcmd exits 0 even when the command fails, so read its output. */
	private String jcmd(String... command) throws IOException {
		List<String> line = new ArrayList<>(List.of(jcmdExecutable(), Long.toString(this.pid)));
		line.addAll(List.of(command));
		Path output = Files.createTempFile("bench-jcmd-", ".txt");
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			boolean exited = process.waitFor(JCMD_WITHIN.toSeconds(), TimeUnit.SECONDS);
			if (!exited) {
				process.destroyForcibly();
			}
			String said = Files.readString(output);
			if (!exited || process.exitValue() != 0) {
				throw new IOException("jcmd " + String.join(" ", command) + " failed: " + said);
			}
			return said;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running jcmd", ex);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/** The {@code jcmd} beside the {@code java} the bench runs on, which runs the applications too. */
	private static String jcmdExecutable() {
		Path java = Path.of(ServiceProcess.java());
		Path jcmd = java.resolveSibling("jcmd");
		return Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd";
	}

}
