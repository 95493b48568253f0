package org.scibureau.local.process;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The JDK and class path this launcher runs on, which every JVM it starts reuses.
 */
public final class JavaRuntime {

	private JavaRuntime() {
	}

	/**
	 * The {@code java} executable of the running JDK.
	 * @return its path
	 */
	public static Path java() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/**
	 * This JVM's class path with every entry made absolute, for a JVM that runs in another directory.
	 * @return the class path
	 */
	public static String absoluteClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.map((entry) -> Path.of(entry).toAbsolutePath().normalize().toString())
			.collect(Collectors.joining(File.pathSeparator));
	}

}
