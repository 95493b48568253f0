package org.scibureau.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The working tree the deployment files live in: the directory holding the parent pom and the compose file.
 *
 * @param root the repository's root directory
 */
record Repository(Path root) {

	/** The repository containing the current directory (Maven runs the tests in {@code deployment/}). */
	static Repository locate() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("mvnw"))) {
				return new Repository(dir);
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("No repository root (docker-compose.yml next to mvnw) above "
				+ Path.of("").toAbsolutePath());
	}

	Path resolve(String relative) {
		return this.root.resolve(relative);
	}

	String read(String relative) {
		try {
			return Files.readString(resolve(relative), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean exists(String relative) {
		return Files.exists(resolve(relative));
	}

}
