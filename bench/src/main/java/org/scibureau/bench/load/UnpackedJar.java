package org.scibureau.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot fat jar unpacked as the local platform's launcher unpacks it ({@code java -Djarmode=tools -jar
 * app.jar extract}), into the layout the JVM's class-data sharing needs, with the JVM options that record its
 * startup cache in a training run and use it afterwards: on JDK 25 and newer an AOT cache (JEP 483, 514, 515), on
 * JDK 21 to 24 a dynamic class-data sharing archive.
 *
 * @param jar the unpacked application's jar, to run with {@code -jar}
 * @param cache where its startup cache is written
 */
public record UnpackedJar(Path jar, Path cache) {

	private static final boolean AOT = Runtime.version().feature() >= 25;

	/**
	 * Unpacks a fat jar with the JDK the bench runs on, which runs the application too.
	 * @param fatJar the jar as the build left it
	 * @param directory an empty or missing directory to unpack into
	 * @return the unpacked jar, without a cache yet
	 * @throws IOException if unpacking fails or takes over 2 minutes
	 */
	public static UnpackedJar extract(Path fatJar, Path directory) throws IOException {
		Files.createDirectories(directory);
		Path destination = directory.resolve("application");
		Process process = new ProcessBuilder(ServiceProcess.java(), "-Djarmode=tools", "-jar", fatJar.toString(),
				"extract", "--destination", destination.toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("extract.log").toFile())
			.start();
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IOException("Could not unpack " + fatJar + "; see " + directory.resolve("extract.log"));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("Interrupted while unpacking " + fatJar, ex);
		}
		return new UnpackedJar(destination.resolve(fatJar.getFileName()), directory.resolve(AOT ? "app.aot" : "app.jsa"));
	}

	/**
	 * A jar the local platform's launcher unpacked into its home, with the startup cache the launcher's first start
	 * of it recorded, as the launcher lays them out.
	 * @param home the platform's home ({@code SCIBUREAU_HOME})
	 * @param name the application's name there, e.g. {@code plan}
	 * @param fatJar the jar as the build left it, which the launcher unpacked
	 * @return the unpacked jar and its cache, if both are there
	 */
	public static Optional<UnpackedJar> ofLauncher(Path home, String name, Path fatJar) {
		Path directory = home.resolve("cache").resolve(name);
		UnpackedJar unpacked = new UnpackedJar(directory.resolve("application").resolve(fatJar.getFileName()),
				directory.resolve(AOT ? "application.aot" : "application.jsa"));
		return (Files.isRegularFile(unpacked.jar()) && Files.isRegularFile(unpacked.cache())) ? Optional.of(unpacked)
				: Optional.empty();
	}

	/** What the cache is, for notes: {@code AOT cache} on JDK 25+, else {@code CDS archive}. */
	public static String kind() {
		return AOT ? "AOT cache" : "CDS archive";
	}

	/**
	 * The options of a training run, which records the cache and writes it when the JVM exits (which takes a while:
	 * stop it with a long grace).
	 */
	public List<String> recordingOptions() {
		return AOT ? List.of("-XX:AOTCacheOutput=" + this.cache) : List.of("-XX:ArchiveClassesAtExit=" + this.cache);
	}

	/**
	 * The options of a run that uses the cache, and fails to start rather than silently run without it.
	 * @throws IOException if no training run has written it
	 */
	public List<String> cachedOptions() throws IOException {
		if (!Files.isRegularFile(this.cache)) {
			throw new IOException("No " + kind() + " at " + this.cache + ": the training run did not write it");
		}
		return AOT ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + this.cache)
				: List.of("-Xshare:on", "-XX:SharedArchiveFile=" + this.cache);
	}

}
