package org.scibureau.local.process;

import java.util.function.Consumer;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Replaces the JVM's handling of termination signals.
 * <p>
 * By default SIGINT, SIGTERM and SIGHUP run the JVM's shutdown hooks, all at once and in no defined order; the
 * libraries the launcher uses register their own (PostgreSQL, the Kafka broker), which would stop the database
 * while the services still use it. Handling the signals directly lets the launcher stop everything in reverse start
 * order first. Java has no public API for this; {@code sun.misc.Signal} (module {@code jdk.unsupported}) is the
 * supported way, and Kafka itself uses it.
 */
public final class Signals {

	private Signals() {
	}

	/**
	 * Calls a handler, on a thread of the JVM's, when one of the signals arrives.
	 * @param handler receives the signal's name, e.g. {@code INT}
	 * @param signals the signals' names
	 */
	public static void handle(Consumer<String> handler, String... signals) {
		SignalHandler delegate = (signal) -> handler.accept(signal.getName());
		for (String signal : signals) {
			install(signal, delegate);
		}
	}

	/**
	 * Ignores signals, for a process in the background that the terminal's signals are not meant for. Processes
	 * started afterwards inherit that.
	 * @param signals the signals' names
	 */
	public static void ignore(String... signals) {
		for (String signal : signals) {
			install(signal, SignalHandler.SIG_IGN);
		}
	}

	private static void install(String signal, SignalHandler handler) {
		try {
			Signal.handle(new Signal(signal), handler);
		}
		catch (IllegalArgumentException ex) {
			// The JVM reserves the signal (run with -Xrs) or the system lacks it: the default behaviour stays.
		}
	}

}
