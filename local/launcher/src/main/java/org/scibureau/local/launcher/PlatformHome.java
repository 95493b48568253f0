package org.scibureau.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.scibureau.local.process.ProcessRecords;

/**
 * Where the local platform keeps its state: {@code data/} (PostgreSQL, Kafka, the signing key, credentials),
 * {@code logs/<component>.log} and {@code run/} (process records and the supervisor's state).
 *
 * @param repository the repository whose built jars the platform runs
 * @param directory the platform's directory, {@code .scibureau} in the repository unless told otherwise
 */
public record PlatformHome(Path repository, Path directory) {

	/** The launcher's own name among the process records. */
	static final String SUPERVISOR = "supervisor";

	Path data() {
		return this.directory.resolve("data");
	}

	Path postgresData() {
		return data().resolve("postgres");
	}

	Path kafkaData() {
		return data().resolve("kafka");
	}

	Path signingKey() {
		return data().resolve("auth").resolve("signing-key.json");
	}

	Path databaseCredentials() {
		return data().resolve("postgres-credentials.properties");
	}

	/** Unpacked application jars and their JVM startup caches; kept by {@code --fresh}, which only deletes data. */
	Path cache() {
		return this.directory.resolve("cache");
	}

	Path logs() {
		return this.directory.resolve("logs");
	}

	Path log(String component) {
		return logs().resolve(component + ".log");
	}

	/** The output of a background supervisor, which {@code up --detach} and {@code down} show as it comes. */
	Path supervisorLog() {
		return log(SUPERVISOR);
	}

	Path run() {
		return this.directory.resolve("run");
	}

	Path lockFile() {
		return run().resolve("supervisor.lock");
	}

	/**
	 * The file the supervisor records the platform's state in.
	 * @return {@code run/state.properties}
	 */
	public Path stateFile() {
		return run().resolve("state.properties");
	}

	ProcessRecords records() {
		return new ProcessRecords(run());
	}

	/**
	 * Deletes all data; logs and run state stay.
	 */
	void wipeData() {
		Path data = data();
		if (!Files.exists(data)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(data)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + data, ex);
		}
	}

	/**
	 * A path as the user would type it: relative to the working directory when it lies below it.
	 * @param path the path
	 * @return the path to show
	 */
	static String display(Path path) {
		Path workingDirectory = Path.of("").toAbsolutePath();
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
				? workingDirectory.relativize(absolute).toString() : absolute.toString();
	}

}
