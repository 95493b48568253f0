package org.scibureau.local.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start a child process.
 *
 * @param name the component it runs, e.g. {@code plan}
 * @param command the executable and its arguments
 * @param environment variables added to the launcher's environment; secrets go here, never into the command,
 * which anyone on the machine can read with {@code ps}
 * @param workingDirectory the directory it runs in
 * @param logFile the file its standard output and error are appended to
 */
public record ProcessSpec(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
		Path logFile) {

	public ProcessSpec {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
	}

}
