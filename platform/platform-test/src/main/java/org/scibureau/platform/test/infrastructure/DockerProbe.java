package org.scibureau.platform.test.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testcontainers.DockerClientFactory;

/**
 * Decides quickly whether a Docker engine answers.
 * <p>
 * Testcontainers' own check tries several strategies and can take long on a machine that has no engine at all, so a
 * machine with no trace of Docker (no {@code DOCKER_HOST}, no known socket, no Testcontainers configuration) is
 * answered without asking, and the real check is bounded by a timeout.
 */
final class DockerProbe {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private DockerProbe() {
	}

	static boolean dockerAnswers() {
		if (!dockerConfigured()) {
			return false;
		}
		CompletableFuture<Boolean> probe = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				probe.complete(DockerClientFactory.instance().isDockerAvailable());
			}
			catch (RuntimeException | LinkageError ex) {
				probe.completeExceptionally(ex);
			}
		}, "docker-probe");
		thread.setDaemon(true);
		thread.start();
		try {
			return probe.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException ex) {
			return false;
		}
	}

	private static boolean dockerConfigured() {
		if (System.getenv("DOCKER_HOST") != null || System.getProperty("os.name").startsWith("Windows")) {
			return true;
		}
		Path home = Path.of(System.getProperty("user.home"));
		String runtimeDirectory = System.getenv("XDG_RUNTIME_DIR");
		List<Path> candidates = List.of(Path.of("/var/run/docker.sock"), Path.of("/run/podman/podman.sock"),
				home.resolve(".testcontainers.properties"), home.resolve(".docker/run/docker.sock"),
				home.resolve(".docker/desktop/docker.sock"), home.resolve(".colima/default/docker.sock"),
				home.resolve(".rd/docker.sock"), home.resolve(".orbstack/run/docker.sock"),
				Path.of((runtimeDirectory != null) ? runtimeDirectory : "/nonexistent", "docker.sock"),
				Path.of((runtimeDirectory != null) ? runtimeDirectory : "/nonexistent", "podman/podman.sock"));
		return candidates.stream().anyMatch(Files::exists);
	}

}
