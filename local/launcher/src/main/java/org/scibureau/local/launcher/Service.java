package org.scibureau.local.launcher;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A Spring Boot application of the platform that the launcher runs from its module's fat jar.
 *
 * @param name the component's name in logs and output, e.g. {@code plan}
 * @param module the Maven module's directory in the repository, e.g. {@code plan-service}
 * @param port the HTTP port
 * @param database the service's own database, if it has one
 * @param healthPath the actuator endpoint that says it is ready
 */
record Service(String name, String module, int port, @Nullable String database, String healthPath) {

	/** The version of the jars the repository builds. */
	static final String VERSION = "0.1.0-SNAPSHOT";

	/**
	 * The module's fat jar as {@code ./mvnw package} leaves it.
	 * @param repository the repository
	 * @return {@code <module>/target/<artifact>-<version>.jar}
	 */
	Path jar(Path repository) {
		Path moduleDirectory = repository.resolve(this.module);
		String artifactId = moduleDirectory.getFileName().toString();
		return moduleDirectory.resolve("target").resolve(artifactId + "-" + VERSION + ".jar");
	}

	URI baseUri() {
		return URI.create("http://localhost:" + this.port);
	}

	URI healthUri() {
		return baseUri().resolve(this.healthPath);
	}

}
