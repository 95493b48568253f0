package org.scibureau.local.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts child processes in a session of their own where the system has {@code setsid}.
 * <p>
 * A child started by the JVM shares the launcher's process group, so Ctrl-C in the terminal would signal every
 * process at once and they would stop in no particular order. In its own session a child only stops when the
 * launcher tells it to, which lets the launcher stop the platform in reverse start order. {@code setsid} replaces
 * itself with the command (a child of the JVM is never a process-group leader, so it does not fork), so the
 * process id the launcher sees is the child's own. Without {@code setsid} (macOS) children still stop gracefully,
 * only all at once.
 */
public final class NewSession {

	private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

	private static final List<String> PREFIX = CANDIDATES.stream()
		.filter(Files::isExecutable)
		.findFirst()
		.map((setsid) -> List.of(setsid.toString()))
		.orElse(List.of());

	private NewSession() {
	}

	/**
	 * The words to put before a command to run it in a new session.
	 * @return {@code [/usr/bin/setsid]} where available, otherwise nothing
	 */
	public static List<String> prefix() {
		return PREFIX;
	}

}
