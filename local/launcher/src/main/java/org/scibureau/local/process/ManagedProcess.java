package org.scibureau.local.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the launcher whose output goes to its own log file.
 */
public final class ManagedProcess {

	private final String name;

	private final Process process;

	private final Path logFile;

	private ManagedProcess(String name, Process process, Path logFile) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
	}

	/**
	 * Starts a process with its input from the null device and its output appended to its log file.
	 * @param spec what to start
	 * @return the running process
	 * @throws IOException if it cannot be started
	 */
	public static ManagedProcess start(ProcessSpec spec) throws IOException {
		Files.createDirectories(Objects.requireNonNull(spec.logFile().toAbsolutePath().getParent()));
		ProcessBuilder builder = new ProcessBuilder(spec.command()).directory(spec.workingDirectory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
		builder.environment().putAll(spec.environment());
		return new ManagedProcess(spec.name(), builder.start(), spec.logFile());
	}

	/**
	 * The component this process runs.
	 * @return its name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The operating system's id of the process.
	 * @return the pid
	 */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * The process's handle, for recording it.
	 * @return the handle
	 */
	public ProcessHandle handle() {
		return this.process.toHandle();
	}

	/**
	 * Whether the process still runs.
	 * @return {@code true} until it has exited
	 */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * The exit code, once the process has exited.
	 * @return the code, empty while it runs
	 */
	public OptionalInt exitCode() {
		return this.process.isAlive() ? OptionalInt.empty() : OptionalInt.of(this.process.exitValue());
	}

	/**
	 * The file the process writes to.
	 * @return its log file
	 */
	public Path logFile() {
		return this.logFile;
	}

	/**
	 * The last lines of the process's log.
	 * @param lines how many
	 * @return at most that many lines, oldest first
	 */
	public List<String> logTail(int lines) {
		return LogTail.lastLines(this.logFile, lines);
	}

	/**
	 * Asks the process to stop (SIGTERM: a Spring Boot application shuts down gracefully), and kills it if it has
	 * not exited within the grace period.
	 * @param grace how long to wait for a graceful exit
	 * @return {@code true} if it exited by itself within the grace period
	 */
	public boolean stop(Duration grace) {
		if (!this.process.isAlive()) {
			return true;
		}
		this.process.destroy();
		if (awaitExit(grace)) {
			return true;
		}
		kill();
		return false;
	}

	/**
	 * Sends the stop signal without waiting, so that several processes can stop at the same time.
	 */
	public void requestStop() {
		this.process.destroy();
	}

	/**
	 * Waits for the process to exit.
	 * @param timeout how long to wait
	 * @return {@code true} if it has exited
	 */
	public boolean awaitExit(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !this.process.isAlive();
		}
	}

	/**
	 * Kills the process at once (SIGKILL) and waits briefly for it to be gone.
	 */
	public void kill() {
		this.process.destroyForcibly();
		awaitExit(Duration.ofSeconds(10));
	}

	@Override
	public String toString() {
		return "ManagedProcess[" + this.name + ", pid=" + this.process.pid() + "]";
	}

	private static File nullDevice() {
		return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
	}

}
