package org.scibureau.local.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes a Spring Boot fat jar start faster: unpacks it once into the layout the JVM's class-data sharing needs
 * ({@code java -Djarmode=tools -jar app.jar extract}), and lets the JVM keep an ahead-of-time cache of the classes
 * the application loads and links while starting.
 * <p>
 * On JDK 25 and newer that is an AOT cache (JEP 483/514): the first run records it and writes it when the
 * application exits, later runs map it; on two cores an application then starts in about 60% of the CPU time. On
 * JDK 21 to 24 it is a dynamic class-data sharing archive, which helps less. The cache is rebuilt when the jar or
 * the JDK changes; the JVM ignores a cache that does not match its class path. Everything degrades to running the
 * fat jar as it is if unpacking fails.
 */
public final class StartupCache {

	private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(2);

	private final Path root;

	/**
	 * A cache kept under a directory, one sub-directory per application.
	 * @param root the directory, e.g. {@code .scibureau/cache}
	 */
	public StartupCache(Path root) {
		this.root = root;
	}

	/**
	 * Prepares an application's launch, unpacking its jar if it is new or changed since the last launch.
	 * @param name the application's name, e.g. {@code plan}
	 * @param jar the fat jar
	 * @param java the {@code java} executable that will run it (its JDK unpacks it)
	 * @return how to launch it
	 */
	public Launch prepare(String name, Path jar, Path java) {
		Path directory = this.root.resolve(name);
		Path extracted = directory.resolve("application");
		Path stamp = directory.resolve("stamp");
		try {
			String expected = stamp(jar);
			if (!Files.isRegularFile(stamp) || !Files.readString(stamp, StandardCharsets.UTF_8).equals(expected)) {
				deleteRecursively(directory);
				Files.createDirectories(directory);
				if (!extract(java, jar, extracted, directory.resolve("extract.log"))) {
					return Launch.asBuilt(jar);
				}
				Files.writeString(stamp, expected, StandardCharsets.UTF_8);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			return Launch.asBuilt(jar);
		}
		Path application = extracted.resolve(jar.getFileName());
		if (!Files.isRegularFile(application)) {
			return Launch.asBuilt(jar);
		}
		return (Runtime.version().feature() >= 25) ? aotCache(application, directory.resolve("application.aot"))
				: sharedArchive(application, directory.resolve("application.jsa"));
	}

	private static Launch aotCache(Path application, Path cache) {
		if (Files.isRegularFile(cache)) {
			return new Launch(application, List.of("-XX:AOTCache=" + cache), false);
		}
		return new Launch(application, List.of("-XX:AOTCacheOutput=" + cache), true);
	}

	private static Launch sharedArchive(Path application, Path archive) {
		return new Launch(application,
				List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive), !Files.isRegularFile(archive));
	}

	private static String stamp(Path jar) throws IOException {
		return "jar=" + jar.toAbsolutePath() + "\nsize=" + Files.size(jar) + "\nmodified="
				+ Files.getLastModifiedTime(jar).toMillis() + "\njava=" + System.getProperty("java.home") + " "
				+ Runtime.version() + "\n";
	}

	private static boolean extract(Path java, Path jar, Path destination, Path log) throws IOException {
		Process process = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", destination.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			if (!process.waitFor(EXTRACT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			return false;
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/**
	 * How to launch an application.
	 *
	 * @param jar the jar to run with {@code -jar}
	 * @param jvmOptions the cache's JVM options
	 * @param writesCacheOnExit whether this run records the cache, which the JVM writes when it exits: stopping
	 * takes several seconds longer, once
	 */
	public record Launch(Path jar, List<String> jvmOptions, boolean writesCacheOnExit) {

		public Launch {
			jvmOptions = List.copyOf(jvmOptions);
		}

		/**
		 * The fat jar as the build left it, without a cache.
		 * @param jar the jar
		 * @return the launch
		 */
		public static Launch asBuilt(Path jar) {
			return new Launch(jar, List.of(), false);
		}

	}

}
