package org.scibureau.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Where {@code kubectl} is installed, the Java rendering equals {@code kubectl kustomize}'s, resource by resource.
 * Without kubectl the test is skipped: the other tests rely on the Java rendering alone.
 */
class KustomizeParityIntegrationTests {

	private static final Repository REPOSITORY = Repository.locate();

	private static boolean kubectl;

	@BeforeAll
	static void findKubectl(@TempDir Path dir) throws InterruptedException {
		kubectl = run(dir, List.of("kubectl", "version", "--client")) != null;
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/local", "overlays/production" })
	void rendersLikeKubectlKustomize(String kustomization, @TempDir Path dir) throws InterruptedException {
		assumeThat(kubectl).as("kubectl on the PATH").isTrue();

		@Nullable String rendered = run(dir, List.of("kubectl", "kustomize", REPOSITORY.resolve("k8s/" + kustomization).toString()));

		assertThat(rendered).as("kubectl kustomize output").isNotNull();
		List<Object> expected = sorted(YamlDocuments.loadAll(rendered));
		List<Object> actual = sorted(List.copyOf(Kustomize.render(REPOSITORY.resolve("k8s/" + kustomization))));
		assertThat(expected).isNotEmpty();
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			assertThat(actual.get(i)).as(id(expected.get(i))).isEqualTo(expected.get(i));
		}
	}

	private static List<Object> sorted(List<Object> resources) {
		return resources.stream().sorted(Comparator.comparing(KustomizeParityIntegrationTests::id)).toList();
	}

	private static String id(Object resource) {
		Tree tree = new Tree(resource);
		return tree.string("apiVersion") + " " + tree.string("kind") + " " + tree.string("metadata", "name");
	}

	/** The command's standard output, or null when it cannot run, fails or takes longer than 30 seconds. */
	private static @Nullable String run(Path dir, List<String> command) throws InterruptedException {
		try {
			Path output = Files.createTempFile(dir, "out", ".yaml");
			Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return null;
			}
			return (process.exitValue() == 0) ? Files.readString(output, StandardCharsets.UTF_8) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
