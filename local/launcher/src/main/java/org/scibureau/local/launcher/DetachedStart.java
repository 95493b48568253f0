package org.scibureau.local.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.scibureau.local.Launcher;

import org.scibureau.local.process.JavaRuntime;
import org.scibureau.local.process.NewSession;

/**
 * {@code up --detach}: starts a supervisor JVM in the background (in a session of its own, so the terminal's
 * signals never reach it) and shows its progress from its log until the platform is ready or the supervisor gives
 * up. The supervisor goes on after this command returns; {@code down} stops it.
 */
final class DetachedStart {

	/** The supervisor JVM only orchestrates and seeds: a small heap is plenty. */
	private static final List<String> SUPERVISOR_JVM_OPTIONS = List.of("-Xmx128m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1");

	private final Invocation invocation;

	private final PlatformHome home;

	private final Console console;

	private final PrintStream out;

	DetachedStart(Invocation invocation, Console console, PrintStream out) {
		this.invocation = invocation;
		this.home = invocation.platformHome();
		this.console = console;
		this.out = out;
	}

	int run(boolean demo, boolean fresh) {
		if (SupervisorLock.isHeld(this.home.lockFile())) {
			StatusCommand.reportAlreadyRunning(this.home, this.console, this.invocation.script());
			return 1;
		}
		Path log = this.home.supervisorLog();
		Process supervisor;
		try {
			Files.createDirectories(this.home.logs());
			Files.write(log, new byte[0], StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
					StandardOpenOption.WRITE);
			supervisor = new ProcessBuilder(command(demo, fresh))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.start();
		}
		catch (IOException ex) {
			this.console.error("Could not start the background supervisor: " + ex.getMessage());
			return 1;
		}
		return follow(supervisor, new LogFollower(log, this.out, 0));
	}

	private List<String> command(boolean demo, boolean fresh) {
		List<String> command = new ArrayList<>(NewSession.prefix());
		command.add(JavaRuntime.java().toString());
		command.addAll(SUPERVISOR_JVM_OPTIONS);
		command.add("-cp");
		command.add(JavaRuntime.absoluteClassPath());
		command.add(Launcher.class.getName());
		command.add("supervise");
		command.add("--repository=" + this.home.repository());
		command.add("--home=" + this.home.directory());
		if (demo) {
			command.add("--demo");
		}
		if (fresh) {
			command.add("--fresh");
		}
		return command;
	}

	private int follow(Process supervisor, LogFollower follower) {
		AtomicBoolean done = new AtomicBoolean();
		Thread interrupted = new Thread(() -> {
			if (!done.get()) {
				this.out.println();
				this.out.println("Stopped watching. scibureau goes on starting in the background: '"
						+ this.invocation.script() + " status' shows its state, '" + this.invocation.script()
						+ " down' stops it.");
			}
		}, "detached-start-interrupted");
		Runtime.getRuntime().addShutdownHook(interrupted);
		try {
			while (true) {
				follower.copyNewLines();
				PlatformState state = PlatformState.read(this.home.stateFile());
				if (state.phase() == PlatformState.Phase.READY && state.supervisorPid() != null
						&& state.supervisorPid() == supervisor.pid()) {
					follower.copyNewLines();
					return 0;
				}
				if (awaitExit(supervisor, Duration.ofMillis(200))) {
					follower.copyNewLines();
					int code = supervisor.exitValue();
					return (code == 0) ? 1 : code;
				}
			}
		}
		finally {
			done.set(true);
		}
	}

	private static boolean awaitExit(Process process, Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

}
