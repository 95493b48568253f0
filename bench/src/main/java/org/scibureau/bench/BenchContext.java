package org.scibureau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a scenario runs with.
 *
 * @param mode the run's size
 * @param repository the repository, whose packaged jars the scenarios start
 * @param work a directory for the run's logs and data
 * @param profiling whether the applications a scenario measures are profiled ({@code --profile})
 */
public record BenchContext(Mode mode, Path repository, Path work, boolean profiling) {

	/**
	 * A run without profiles.
	 * @param mode the run's size
	 * @param repository the repository
	 * @param work a directory for the run's logs and data
	 */
	public BenchContext(Mode mode, Path repository, Path work) {
		this(mode, repository, work, false);
	}

	/** Where the profiles of a {@code --profile} run go: beside the work directory, in the run's results. */
	public Path profiles() {
		return this.work.resolveSibling("profiles");
	}

	/**
	 * The packaged jar of a module.
	 * @param module the module's directory, e.g. {@code gateway}
	 * @return its jar
	 * @throws IOException if it has not been built
	 */
	public Path jar(String module) throws IOException {
		String name = module.substring(module.lastIndexOf('/') + 1);
		Path target = this.repository.resolve(module).resolve("target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().matches(Pattern.quote(name) + "-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IOException("No " + name + " jar in " + target + ": ./mvnw package -DskipTests"));
		}
		catch (NoSuchFileException ex) {
			throw new IOException("No " + target + ": build with ./mvnw package -DskipTests", ex);
		}
	}

}
