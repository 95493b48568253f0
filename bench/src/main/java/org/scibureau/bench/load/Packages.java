package org.scibureau.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The Debian packages the full bench needs (nginx, hey…): found on the PATH, or installed with {@code apt-get} when
 * the bench may (it runs as root), else reported as missing so that the scenario says what it could not measure.
 */
public final class Packages {

	private Packages() {
	}

	/**
	 * The path of a program, installing its package first if need be.
	 * @param program the program, e.g. {@code nginx}
	 * @param pkg its Debian package
	 * @return its path
	 * @throws IOException if it is not installed and cannot be
	 */
	public static Path require(String program, String pkg) throws IOException {
		Path found = find(program);
		if (found != null) {
			return found;
		}
		run(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", pkg));
		found = find(program);
		if (found == null) {
			throw new IOException(program + " is not installed and 'apt-get install " + pkg + "' did not install it");
		}
		return found;
	}

	private static @Nullable Path find(String program) {
		List<String> directories = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
		directories.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin"));
		for (String directory : directories) {
			Path candidate = Path.of(directory.isEmpty() ? "." : directory, program);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static void run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " took more than 10 minutes");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted: " + String.join(" ", command), ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue());
		}
	}

}
