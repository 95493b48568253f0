package org.scibureau.local.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.scibureau.local.infrastructure.LocalPostgres;
import org.scibureau.local.process.ProcessRecord;
import org.scibureau.local.process.ProcessRecords;

/**
 * Processes of an earlier run whose supervisor is gone (killed, or the machine's session ended): found through
 * their records in {@code run/} and PostgreSQL's {@code postmaster.pid}, and stopped in reverse start order.
 */
final class Leftovers {

	private static final Duration GRACE = Duration.ofSeconds(20);

	private static final Duration POSTGRES_GRACE = Duration.ofSeconds(30);

	private Leftovers() {
	}

	/**
	 * Stops every recorded process that still runs and removes the records. Only call this while no supervisor
	 * runs on the home, since it would stop that supervisor's children.
	 * @param home the platform's home
	 * @param console where to say what is stopped
	 * @return whether anything was still running
	 */
	static boolean stop(PlatformHome home, Console console) {
		ProcessRecords records = home.records();
		boolean found = false;
		for (String name : Components.stopOrder()) {
			if (name.equals(Components.POSTGRES)) {
				continue;
			}
			Optional<ProcessHandle> process = records.read(name).flatMap(ProcessRecord::live);
			if (process.isPresent()) {
				console.line("  stopping " + name + " (pid " + process.get().pid() + "), left over from an earlier run");
				stop(process.get(), GRACE);
				found = true;
			}
			records.delete(name);
		}
		Optional<ProcessHandle> postmaster = LocalPostgres.postmaster(home.postgresData());
		if (postmaster.isPresent()) {
			console.line("  stopping postgres (pid " + postmaster.get().pid() + "), left over from an earlier run");
			// SIGTERM is PostgreSQL's smart shutdown: it waits for sessions, and the services that held them are gone.
			stop(postmaster.get(), POSTGRES_GRACE);
			found = true;
		}
		records.delete(Components.POSTGRES);
		records.delete(PlatformHome.SUPERVISOR);
		return found;
	}

	private static void stop(ProcessHandle process, Duration grace) {
		process.destroy();
		if (!awaitExit(process, grace)) {
			process.destroyForcibly();
			awaitExit(process, Duration.ofSeconds(10));
		}
	}

	private static boolean awaitExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

}
