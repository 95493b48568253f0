package org.scibureau.local.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * {@code down}: asks the supervisor to stop the platform (SIGTERM; it stops its children in reverse start order),
 * waits for it, then stops whatever processes of the platform are still recorded as running.
 */
final class DownCommand {

	/**
	 * A backstop for a supervisor that hangs, never shorter than a stop that is merely slow: the first stop after a
	 * build has every JVM write its startup cache, over two minutes on two cores, and a kill then would lose the
	 * caches of the JVMs stopped last and stop Kafka and PostgreSQL uncleanly.
	 */
	private static final Duration SUPERVISOR_STOP_TIMEOUT = Supervisor.LONGEST_STOP;

	private final PlatformHome home;

	private final Console console;

	private final PrintStream out;

	DownCommand(Invocation invocation, Console console, PrintStream out) {
		this.home = invocation.platformHome();
		this.console = console;
		this.out = out;
	}

	int run() {
		Optional<ProcessHandle> supervisor = StatusCommand.supervisor(this.home);
		boolean wasRunning = supervisor.isPresent();
		if (supervisor.isPresent()) {
			stopSupervisor(supervisor.get());
		}
		if (SupervisorLock.isHeld(this.home.lockFile())) {
			this.console.error("A supervisor still holds " + PlatformHome.display(this.home.lockFile())
					+ "; its processes were left alone.");
			return 1;
		}
		boolean leftovers = Leftovers.stop(this.home, this.console);
		if (!wasRunning && !leftovers) {
			this.console.line("scibureau is not running.");
		}
		else {
			this.console.line("scibureau is stopped.");
		}
		return 0;
	}

	private void stopSupervisor(ProcessHandle supervisor) {
		PlatformState state = PlatformState.read(this.home.stateFile());
		this.console.line("Stopping scibureau (supervisor pid " + supervisor.pid() + ")...");
		// A background supervisor reports its progress in its log; a foreground one in its own terminal.
		@Nullable LogFollower follower = state.detached() ? LogFollower.fromEnd(this.home.supervisorLog(), this.out) : null;
		supervisor.destroy();
		CompletableFuture<ProcessHandle> exit = supervisor.onExit();
		Instant deadline = Instant.now().plus(SUPERVISOR_STOP_TIMEOUT);
		while (!awaitExit(exit, Duration.ofMillis(200))) {
			if (follower != null) {
				follower.copyNewLines();
			}
			if (Instant.now().isAfter(deadline)) {
				this.console.error("The supervisor did not stop within " + SUPERVISOR_STOP_TIMEOUT.toSeconds()
						+ " s; killing it and the platform's processes.");
				supervisor.destroyForcibly();
				awaitExit(exit, Duration.ofSeconds(10));
				break;
			}
		}
		if (follower != null) {
			follower.copyNewLines();
		}
	}

	private static boolean awaitExit(CompletableFuture<ProcessHandle> exit, Duration timeout) {
		try {
			exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

}
