package org.scibureau.local.launcher;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The launcher's output for people: one line per component and step, with the seconds since the command began.
 */
final class Console {

	private final PrintStream out;

	private final PrintStream err;

	private final long startNanos;

	Console(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		this.startNanos = System.nanoTime();
	}

	/**
	 * A console on the same streams whose clock starts now, for timing a later phase such as stopping.
	 * @return the new console
	 */
	Console restarted() {
		return new Console(this.out, this.err);
	}

	/** Prints a line as it is. */
	void line(String text) {
		this.out.println(text);
	}

	/**
	 * Prints a component's step: {@code   plan         ready    http://localhost:8081     38.2 s}.
	 * @param component the component
	 * @param state what happened
	 * @param detail where it listens or what it did
	 */
	void step(String component, String state, String detail) {
		this.out.println(String.format(Locale.ROOT, "  %-12s %-9s %-44s %6.1f s", component, state, detail, elapsedSeconds()));
	}

	/** Prints a problem to the error stream. */
	void error(String text) {
		this.err.println(text);
	}

	/** Prints lines of a log, indented, to the error stream. */
	void excerpt(Iterable<String> lines) {
		lines.forEach((line) -> this.err.println("    | " + line));
	}

	/** The seconds since this console was created, i.e. since the command began. */
	double elapsedSeconds() {
		return (System.nanoTime() - this.startNanos) / 1e9;
	}

	/** The seconds since the command began, formatted for a sentence. */
	String elapsed() {
		return String.format(Locale.ROOT, "%.1f s", elapsedSeconds());
	}

}
