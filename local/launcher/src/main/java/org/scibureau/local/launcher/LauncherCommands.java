package org.scibureau.local.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.scibureau.local.process.HealthProbe;
import org.scibureau.local.token.TokenClient;

/**
 * Runs one launcher command and says how it ended.
 */
public final class LauncherCommands {

	/** The system property naming the file the launcher's libraries log to (see {@code logback.xml}). */
	static final String LOG_FILE_PROPERTY = "scibureau.launcher.log";

	private LauncherCommands() {
	}

	/**
	 * Parses the command line and runs the command.
	 * @param arguments the command line
	 * @param environment the process environment
	 * @param out standard output
	 * @param err standard error
	 * @return the process exit code: 0 for success, 1 for failure, 2 for a command line that makes no sense
	 */
	public static int run(List<String> arguments, Map<String, String> environment, PrintStream out, PrintStream err) {
		Invocation invocation;
		try {
			invocation = CommandLine.parse(arguments, environment, Path.of("").toAbsolutePath());
		}
		catch (UsageException ex) {
			err.println(ex.getMessage() + ". '" + environment.getOrDefault(CommandLine.SCRIPT_VARIABLE, "./scibureau")
					+ " help' shows the commands and their options.");
			return 2;
		}
		// Libraries (the PostgreSQL driver, Kafka's admin client) log to a file; the console is for people.
		if (System.getProperty(LOG_FILE_PROPERTY) == null) {
			System.setProperty(LOG_FILE_PROPERTY, invocation.platformHome().log("launcher").toString());
		}
		Console console = new Console(out, err);
		return switch (invocation.command()) {
			case Command.Up up when up.detach() -> new DetachedStart(invocation, console, out).run(up.demo(), up.fresh());
			case Command.Up up -> new Supervisor(invocation, console, false).run(up.demo(), up.fresh());
			case Command.Supervise supervise ->
				new Supervisor(invocation, console, true).run(supervise.demo(), supervise.fresh());
			case Command.Down down -> new DownCommand(invocation, console, out).run();
			case Command.Status status -> new StatusCommand(invocation, console, HealthProbe.create()).run();
			case Command.Token token -> new TokenCommand(TokenClient.local(), console, out, invocation.script()).run(token);
			case Command.Help help -> {
				out.print(String.format(CommandLine.USAGE, invocation.script()));
				yield 0;
			}
		};
	}

}
