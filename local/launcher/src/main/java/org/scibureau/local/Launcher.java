package org.scibureau.local;

import java.util.List;

import org.scibureau.local.launcher.LauncherCommands;

/**
 * The entry point of {@code ./scibureau}: {@code up}, {@code down}, {@code status}, {@code token}.
 * <p>
 * The script selects a JDK 21+, builds the jars that are missing or stale, and runs this class with the launcher's
 * jar and {@code target/lib} on the class path; every process the launcher starts runs on the same JDK.
 */
public final class Launcher {

	private Launcher() {
	}

	/**
	 * Runs a command and exits with its code.
	 * @param arguments the command and its options
	 */
	public static void main(String[] arguments) {
		if (Runtime.version().feature() < 21) {
			System.err.println("scibureau needs Java 21 or newer; this is Java " + Runtime.version()
					+ ". Install a JDK 21+ or point JAVA_HOME at one.");
			System.exit(1);
		}
		System.exit(LauncherCommands.run(List.of(arguments), System.getenv(), System.out, System.err));
	}

}
